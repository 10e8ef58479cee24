import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translator';
import type { LoadOnce } from '../load-once';

/** Says that a part could not be opened, and offers to try again (the load is tried anew). */
export function LoadFailed({ t, retry }: { t: Translator; retry(): void }) {
  return (
    <div class="load-failed" role="alert">
      <p>{t.t('app.loadFailed')}</p>
      <button type="button" class="big" onClick={retry}>
        {t.t('app.tryAgain')}
      </button>
    </div>
  );
}

/** Draws a lazily loaded part once it is there; "Checking…" until then; a failure said, with "Try again". */
export function LazyPart<M>({ t, part, children }: { t: Translator; part: LoadOnce<M>; children(module: M): ComponentChildren }) {
  const [module, setModule] = useState<M | null>(part.loaded());
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    part.load().then(setModule, () => setFailed(true));
  };
  useEffect(() => {
    if (!module) load();
  }, []);
  if (failed) return <LoadFailed t={t} retry={load} />;
  if (!module) return <p role="status">{t.t('app.loading')}</p>;
  return <>{children(module)}</>;
}
