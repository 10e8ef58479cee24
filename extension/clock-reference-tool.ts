import type { Translator } from '../shared/index';
import { h } from '../shared/ui/index';
import { siteAddressInput } from './site-address-input';
import { allowClockReference, type ClockReferenceOutcome, type HostPermissionApi } from './clock-reference';

/** "Compare the clock with a site": the volunteer names a site; its Date header becomes the reference. */
export function createClockReferenceTool(
  api: HostPermissionApi,
  storage: Pick<Storage, 'setItem'> | undefined,
  onReference: (url: string) => void,
  redraw: () => void,
): (translator: Translator, current: string | null) => Node {
  const state: { input: string; outcome: ClockReferenceOutcome | null } = { input: '', outcome: null };
  return (translator, current) => {
    const input = siteAddressInput('clock-reference-origin', 'listo.example.org', state.input, (text) => {
      state.input = text;
      state.outcome = null;
    });
    const outcome = state.outcome;
    return h(
      'section',
      { class: 'tool', id: 'clock-reference' },
      h('h2', {}, translator.t('tools.clock.title')),
      h('p', { class: 'note' }, current ? translator.t('tools.clock.current', { origin: new URL(current).origin }) : translator.t('tools.clock.explain')),
      h('div', { class: 'field' }, h('label', { for: 'clock-reference-origin' }, translator.t('tools.clock.label')), input),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            id: 'clock-reference-use',
            // No await before allowClockReference: the permission request needs this click.
            onclick: () =>
              void allowClockReference(api, state.input, storage).then((result) => {
                state.outcome = result;
                if (result.ok) onReference(result.url);
                redraw();
              }),
          },
          translator.t('tools.clock.use'),
        ),
      ),
      outcome && !outcome.ok ? h('p', { class: 'note', role: 'status' }, translator.t(`tools.clock.${outcome.reason}`)) : null,
    );
  };
}
