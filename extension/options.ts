/**
 * The options page (manifest options_ui): the panel's language, the profile
 * it starts with, and the Listo PWA's address (for the clock comparison and
 * the handout QR). Saved in chrome.storage.local (extension/settings.ts).
 * Shown in the language chosen in its own list, as soon as it is chosen.
 */
import '../shared/ui/listo.css';
import './options.css';
import { LANGUAGES, profiles, type LanguageCode, type Translator } from '../shared/index';
import { applyLanguage, h, loadTranslator } from '../shared/ui/index';
import { parsePwaUrl, pwaOriginPattern, readSettings, writeSettings, type Settings, type SettingsStorageApi } from './settings';

export interface OptionsApi extends SettingsStorageApi {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

interface State {
  language: LanguageCode;
  profile: string;
  pwaUrl: string;
  status: 'idle' | 'saved' | 'invalid' | 'no-permission';
}

/**
 * The panel remembers its language and profile in its own localStorage
 * (shared/ui/self-check.ts, keys listo.language and listo.profile). The
 * options page shares that storage (same extension origin), so saving here
 * also sets them: the panel opens with the options' choices, and a choice
 * made in the panel afterwards still wins there until the next Save.
 */
function mirrorToPanel(storage: Pick<Storage, 'setItem'> | undefined, settings: Pick<Settings, 'language' | 'profile'>): void {
  try {
    storage?.setItem('listo.language', settings.language);
    storage?.setItem('listo.profile', settings.profile);
  } catch {
    // The panel then keeps its own choice; chrome.storage.local has the options all the same.
  }
}

export async function mountOptions(
  root: HTMLElement,
  api: OptionsApi,
  env: { languages: readonly string[]; panelStorage?: Pick<Storage, 'setItem'> },
): Promise<void> {
  const settings = await readSettings(api, env.languages);
  const state: State = { language: settings.language, profile: settings.profile, pwaUrl: settings.pwaUrl ?? '', status: 'idle' };
  let translator: Translator = await loadTranslator(state.language);

  const render = (): void => {
    const t = translator.t;
    applyLanguage(document.documentElement, translator);
    document.title = t('options.title');
    const invalid = state.status === 'invalid';
    const language = h(
      'select',
      {
        id: 'options-language',
        onchange: () => {
          state.language = language.value as LanguageCode;
          state.status = 'idle';
          void loadTranslator(state.language).then((next) => {
            translator = next;
            render();
            document.getElementById('options-language')?.focus();
          });
        },
      },
      ...LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === state.language }, l.nativeName)),
    );
    const profile = h(
      'select',
      { id: 'options-profile', onchange: () => ((state.profile = profile.value), (state.status = 'idle')) },
      ...Object.values(profiles).map((p) => h('option', { value: p.id, selected: p.id === state.profile }, t(p.name))),
    );
    const pwaUrl = h('input', {
      id: 'options-pwa-url',
      type: 'url',
      inputmode: 'url',
      autocomplete: 'url',
      spellcheck: 'false',
      placeholder: 'listo.example.org',
      value: state.pwaUrl,
      'aria-describedby': invalid ? 'options-pwa-url-error options-pwa-url-hint' : 'options-pwa-url-hint',
      'aria-invalid': invalid ? 'true' : 'false',
      oninput: () => (state.pwaUrl = pwaUrl.value),
    });
    const status =
      state.status === 'saved' ? t('options.saved') : state.status === 'no-permission' ? t('options.pwaUrl.noPermission') : '';
    const form = h(
      'form',
      {
        class: 'options',
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          save();
        },
      },
      h('div', { class: 'field' }, h('label', { for: 'options-language' }, t('options.language')), language),
      h('div', { class: 'field' }, h('label', { for: 'options-profile' }, t('options.profile')), profile),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'options-pwa-url' }, t('options.pwaUrl.label')),
        pwaUrl,
        h('p', { class: 'note', id: 'options-pwa-url-hint' }, t('options.pwaUrl.hint')),
        invalid ? h('p', { class: 'error', id: 'options-pwa-url-error' }, t('options.pwaUrl.invalid')) : null,
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'options-save' }, t('options.save'))),
      h('p', { role: 'status', id: 'options-status' }, status),
    );
    root.replaceChildren(h('h1', {}, t('options.title')), h('p', { class: 'note' }, t('options.intro')), form);
  };

  const save = (): void => {
    const text = state.pwaUrl.trim();
    const url = text === '' ? null : parsePwaUrl(text);
    if (text !== '' && url === null) {
      state.status = 'invalid';
      render();
      document.getElementById('options-pwa-url')?.focus();
      return;
    }
    // First, and without an await before it: Chrome asks for a permission only inside the click.
    // Not awaited before saving: the address is saved whatever the answer (the handout QR needs no access).
    const asked = url ? api.permissions.request({ origins: [pwaOriginPattern(url)] }).catch(() => false) : Promise.resolve(true);
    void writeSettings(api, { language: state.language, profile: state.profile, pwaUrl: url }).then(async (result) => {
      if (!result.ok) {
        state.status = 'invalid';
        render();
        return;
      }
      mirrorToPanel(env.panelStorage, { language: state.language, profile: state.profile as Settings['profile'] });
      state.pwaUrl = url ?? '';
      state.status = 'saved';
      render();
      if (!(await asked)) {
        state.status = 'no-permission';
        render();
      }
    });
  };

  render();
}

const root = typeof document === 'undefined' ? null : document.getElementById('options');
if (root && typeof chrome !== 'undefined' && chrome.storage) {
  void mountOptions(root, chrome, { languages: navigator.languages, panelStorage: localStorage });
}
