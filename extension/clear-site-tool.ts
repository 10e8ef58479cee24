import type { Translator } from '../shared/index';
import { h } from '../shared/ui/index';
import { siteAddressInput } from './site-address-input';
import { clearSiteData, parseOrigin, type ClearOutcome, type ClearSiteApi } from './clear-site';

interface ToolState {
  input: string;
  /** The origin awaiting confirmation. */
  confirming: string | null;
  outcome: ClearOutcome | null;
  busy: boolean;
}

/** The "clear a site's data" tool of the volunteer console: name a site, confirm, clear. */
export function createClearSiteTool(api: ClearSiteApi, redraw: () => void): (translator: Translator) => Node {
  const state: ToolState = { input: '', confirming: null, outcome: null, busy: false };

  return (translator) => {
    const input = siteAddressInput('clear-site-origin', 'cbp.gov', state.input, (text) => {
      state.input = text;
      state.outcome = null;
    });
    const invalid = state.outcome !== null && !state.outcome.ok && state.outcome.reason === 'invalid';
    const result = state.outcome
      ? h(
          'p',
          { class: 'note', role: 'status', id: 'clear-site-result' },
          state.outcome.ok
            ? translator.t('tools.clearSite.done', { origin: state.outcome.origin })
            : translator.t(`tools.clearSite.${state.outcome.reason}`, { origin: state.input }),
        )
      : null;
    const confirm = state.confirming
      ? h(
          'div',
          { class: 'banner', role: 'alert', id: 'clear-site-confirm' },
          h('p', {}, translator.t('tools.clearSite.confirm', { origin: state.confirming })),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                type: 'button',
                id: 'clear-site-yes',
                disabled: state.busy,
                onclick: () => {
                  const origin = state.confirming!;
                  state.busy = true;
                  // No await before this call: Chrome grants optional permissions only inside the click.
                  void clearSiteData(api, origin).then((outcome) => {
                    Object.assign(state, { outcome, confirming: null, busy: false });
                    redraw();
                  });
                },
              },
              translator.t('tools.clearSite.yes'),
            ),
            h('button', { type: 'button', class: 'secondary', id: 'clear-site-no', onclick: () => ((state.confirming = null), redraw()) }, translator.t('tools.clearSite.no')),
          ),
        )
      : null;
    return h(
      'section',
      { class: 'tool', id: 'clear-site' },
      h('h2', {}, translator.t('tools.clearSite.title')),
      h('p', { class: 'note' }, translator.t('tools.clearSite.explain')),
      h('div', { class: 'field' }, h('label', { for: 'clear-site-origin' }, translator.t('tools.clearSite.label')), input),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            id: 'clear-site-start',
            'aria-invalid': invalid ? 'true' : null,
            onclick: () => {
              const origin = parseOrigin(state.input);
              state.outcome = origin ? null : { ok: false, reason: 'invalid' };
              state.confirming = origin;
              redraw();
            },
          },
          translator.t('tools.clearSite.start'),
        ),
      ),
      confirm,
      result,
    );
  };
}
