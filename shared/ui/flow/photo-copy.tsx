import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../checks/finding';
import type { PhotoFacts } from '../../facts/facts';
import { fixLimitsFor } from '../../photo/fix-limits';
import type { Translator } from '../../i18n/translator';
import type { Profile } from '../../profiles/profile';
import { loadOnce } from '../load-once';

/** What a copy mends: size, file type, rotation and hidden data. Light, blur and the face need a new photo. */
export const COPY_MENDS: readonly Finding['check'][] = ['photo.file', 'photo.orientation', 'photo.metadata'];

/** A copy is offered when it would mend something, and only for a photo this browser could decode (pixels measured). */
export function copyWouldHelp(findings: readonly Finding[], facts: PhotoFacts | undefined): boolean {
  return facts?.pixels != null && findings.some((f) => f.status !== 'pass' && f.status !== 'unknown' && COPY_MENDS.includes(f.check));
}

const photoClient = loadOnce(() => import('../../photo/client'));

export interface MadeCopy {
  bytes: Uint8Array;
  blob: Blob;
  width: number;
  height: number;
}

/** The photo the person chose on this visit, and the app-ready copy once one is made (shown and judged instead). */
export interface ShownPhoto {
  url: string;
  bytes: Uint8Array;
  type: string;
  copy: (MadeCopy & { url: string }) | null;
}

/** Sharing files where the phone can (Web Share level 2); absent elsewhere. */
export interface FileSharing {
  can(files: File[]): boolean;
  share(files: File[]): Promise<void>;
}

type Phase = { name: 'idle' } | { name: 'working'; percent: number } | { name: 'cancelled' } | { name: 'failed' };

/**
 * "Make an app-ready copy", on the photo step itself: progress, a way to
 * stop, and the copy handed back to be judged by the same checks (the step
 * then shows the copy's verdict). The original is never changed.
 */
export function PhotoCopyButton({ t, profile, original, facts, onCopy }: { t: Translator; profile: Profile; original: { bytes: Uint8Array; type: string }; facts: PhotoFacts; onCopy(copy: MadeCopy): void }) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // Leaving the step stops the work.
  useEffect(() => () => abort.current?.abort(), []);
  const make = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ name: 'working', percent: 0 });
    try {
      const client = await photoClient.load();
      const result = await client.fixInWorker(original.bytes, original.type, fixLimitsFor(profile.photo, facts.metadata), (percent) => setPhase({ name: 'working', percent }), controller.signal);
      setPhase({ name: 'idle' });
      onCopy({ bytes: new Uint8Array(await result.blob.arrayBuffer()), blob: result.blob, width: result.width, height: result.height });
    } catch (error) {
      setPhase(error instanceof DOMException && error.name === 'AbortError' ? { name: 'cancelled' } : { name: 'failed' });
    } finally {
      abort.current = null;
    }
  };
  return (
    <div class="photo-copy">
      <p class="note">{t.t('photo.fix.cannotFix')}</p>
      {phase.name === 'working' ? (
        <>
          <p role="status">{t.t('photo.fix.working')}</p>
          <progress max={100} value={phase.percent} aria-label={t.t('photo.fix.working')} />
          <button type="button" class="secondary" id="photo-fix-cancel" onClick={() => abort.current?.abort()}>
            {t.t('photo.fix.cancel')}
          </button>
        </>
      ) : (
        <button type="button" class="big" id="photo-fix" onClick={() => void make()}>
          {t.t('photo.fix.button')}
        </button>
      )}
      {phase.name === 'cancelled' ? <p role="status">{t.t('photo.fix.cancelled')}</p> : null}
      {phase.name === 'failed' ? <p role="status">{t.t('photo.fix.failed')}</p> : null}
    </div>
  );
}

/** Once the copy is judged: save it, or share it where the phone can share files. */
export function SaveCopy({ t, copy, sharing }: { t: Translator; copy: MadeCopy & { url: string }; sharing: FileSharing | undefined }) {
  const file = new File([copy.blob], 'listo-photo.jpg', { type: copy.blob.type || 'image/jpeg' });
  const share = sharing?.can([file]) ? () => sharing.share([file]) : null;
  return (
    <div class="actions actions--stacked">
      <a class="button big" id="photo-save" href={copy.url} download="listo-photo.jpg">
        {t.t('photo.fix.save')}
      </a>
      {share ? (
        <button type="button" class="secondary" id="photo-share" onClick={() => void share().catch(() => undefined)}>
          {t.t('photo.fix.share')}
        </button>
      ) : null}
    </div>
  );
}
