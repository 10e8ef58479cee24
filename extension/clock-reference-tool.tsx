import { useRef, useState } from 'preact/hooks';
import { readClockReference, type Translator } from '../shared/index';
import { parseOrigin } from './clear-site';
import { SiteAddressInput } from './site-address-input';
import { allowClockReference, compareClock, comparisonMessage, type ClockComparison, type ClockReading, type ClockReferenceOutcome, type HostPermissionApi } from './clock-reference';

type Phase =
  | { kind: 'idle' }
  | { kind: 'asking'; origin: string }
  | { kind: 'reading'; origin: string }
  | { kind: 'refused'; outcome: Extract<ClockReferenceOutcome, { ok: false }> }
  | { kind: 'compared'; comparison: ClockComparison }
  | { kind: 'failed' };

/**
 * "Compare the clock with a site": the volunteer names a site; its Date
 * header becomes the reference. Every press ends in a result or a message:
 * while Chrome asks for access, while the site is read, the comparison
 * itself (ahead, behind, the same), or why there is none.
 */
export function ClockReferenceTool({
  t,
  api,
  storage,
  current,
  onReference,
  readReference = (url) => readClockReference(url),
}: {
  t: Translator;
  api: HostPermissionApi;
  storage: Pick<Storage, 'setItem'> | undefined;
  /** The site the self-check now judges the clock against, if any. */
  current: string | null;
  onReference(url: string): void;
  readReference?: (url: string) => Promise<ClockReading | null>;
}) {
  const [input, setInput] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  // A slow answer to an earlier press must not overwrite what a later press says.
  const presses = useRef(0);

  async function press(): Promise<void> {
    const mine = ++presses.current;
    // No await before allowClockReference: the permission request needs this click.
    const allowing = allowClockReference(api, input, storage);
    const origin = parseOrigin(input);
    if (origin) setPhase({ kind: 'asking', origin });
    try {
      const outcome = await allowing;
      if (mine !== presses.current) return;
      if (!outcome.ok) return setPhase({ kind: 'refused', outcome });
      const site = new URL(outcome.url).origin;
      setPhase({ kind: 'reading', origin: site });
      const reading = await readReference(outcome.url).catch(() => null);
      if (mine !== presses.current) return;
      setPhase({ kind: 'compared', comparison: compareClock(site, reading) });
      // The self-check judges the clock against the same site (its finding shows beside the others).
      if (reading) onReference(outcome.url);
    } catch {
      if (mine === presses.current) setPhase({ kind: 'failed' });
    }
  }

  return (
    <section class="tool" id="clock-reference">
      <h2>{t.t('tools.clock.title')}</h2>
      <p class="note">{current ? t.t('tools.clock.current', { origin: new URL(current).origin }) : t.t('tools.clock.explain')}</p>
      <div class="field">
        <label for="clock-reference-origin">{t.t('tools.clock.label')}</label>
        <SiteAddressInput id="clock-reference-origin" placeholder="listo.example.org" value={input} onInput={setInput} />
      </div>
      <div class="actions">
        <button type="button" id="clock-reference-use" onClick={() => void press()}>
          {t.t('tools.clock.use')}
        </button>
      </div>
      <p class="note" role="status" id="clock-reference-status">
        {statusText(t, phase)}
      </p>
    </section>
  );
}

function statusText(t: Translator, phase: Phase): string {
  switch (phase.kind) {
    case 'idle':
      return '';
    case 'asking':
      return t.t('tools.clock.asking', { origin: new URL(phase.origin).host });
    case 'reading':
      return t.t('tools.clock.reading', { origin: new URL(phase.origin).host });
    case 'refused':
      return t.t(`tools.clock.${phase.outcome.reason}`);
    case 'compared': {
      const message = comparisonMessage(phase.comparison);
      return t.t(message.key, message.params);
    }
    case 'failed':
      return t.t('tools.clock.failed');
  }
}
