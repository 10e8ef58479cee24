import { readClockReference, type Translator } from '../shared/index';
import { h } from '../shared/ui/index';
import { parseOrigin } from './clear-site';
import { siteAddressInput } from './site-address-input';
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
export function createClockReferenceTool(
  api: HostPermissionApi,
  storage: Pick<Storage, 'setItem'> | undefined,
  onReference: (url: string) => void,
  redraw: () => void,
  readReference: (url: string) => Promise<ClockReading | null> = (url) => readClockReference(url),
): (translator: Translator, current: string | null) => Node {
  const state: { input: string; phase: Phase; press: number } = { input: '', phase: { kind: 'idle' }, press: 0 };

  async function press(): Promise<void> {
    const mine = ++state.press;
    const text = state.input;
    // No await before allowClockReference: the permission request needs this click.
    const allowing = allowClockReference(api, text, storage);
    const origin = parseOrigin(text);
    if (origin) {
      state.phase = { kind: 'asking', origin };
      redraw();
    }
    try {
      const outcome = await allowing;
      if (mine !== state.press) return;
      if (!outcome.ok) {
        state.phase = { kind: 'refused', outcome };
        return redraw();
      }
      const site = new URL(outcome.url).origin;
      state.phase = { kind: 'reading', origin: site };
      redraw();
      const reading = await readReference(outcome.url).catch(() => null);
      if (mine !== state.press) return;
      state.phase = { kind: 'compared', comparison: compareClock(site, reading) };
      // The self-check judges the clock against the same site (its finding shows beside the others).
      if (reading) onReference(outcome.url);
    } catch {
      if (mine === state.press) state.phase = { kind: 'failed' };
    }
    redraw();
  }

  return (translator, current) => {
    const input = siteAddressInput('clock-reference-origin', 'listo.example.org', state.input, (value) => {
      state.input = value;
    });
    return h(
      'section',
      { class: 'tool', id: 'clock-reference' },
      h('h2', {}, translator.t('tools.clock.title')),
      h('p', { class: 'note' }, current ? translator.t('tools.clock.current', { origin: new URL(current).origin }) : translator.t('tools.clock.explain')),
      h('div', { class: 'field' }, h('label', { for: 'clock-reference-origin' }, translator.t('tools.clock.label')), input),
      h('div', { class: 'actions' }, h('button', { type: 'button', id: 'clock-reference-use', onclick: () => void press() }, translator.t('tools.clock.use'))),
      h('p', { class: 'note', role: 'status', id: 'clock-reference-status' }, statusText(translator, state.phase)),
    );
  };
}

function statusText(translator: Translator, phase: Phase): string {
  switch (phase.kind) {
    case 'idle':
      return '';
    case 'asking':
      return translator.t('tools.clock.asking', { origin: new URL(phase.origin).host });
    case 'reading':
      return translator.t('tools.clock.reading', { origin: new URL(phase.origin).host });
    case 'refused':
      return translator.t(`tools.clock.${phase.outcome.reason}`);
    case 'compared': {
      const message = comparisonMessage(phase.comparison);
      return translator.t(message.key, message.params);
    }
    case 'failed':
      return translator.t('tools.clock.failed');
  }
}
