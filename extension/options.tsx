/**
 * The options page (manifest options_ui): the panel's language, the profile
 * it starts with, and the Listo PWA's address (for the clock comparison and
 * the handout QR). Saved in chrome.storage.local (extension/settings.ts).
 * Shown in the language chosen in its own list, as soon as it is chosen.
 */
import '../shared/ui/listo.css';
import './options.css';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, profiles, type LanguageCode, type Translator } from '../shared/index';
import { applyLanguage, loadTranslator } from '../shared/ui/index';
import { parsePwaUrl, pwaOriginPattern, readSettings, writeSettings, type Settings, type SettingsStorageApi } from './settings';

export interface OptionsApi extends SettingsStorageApi {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

export interface OptionsEnv {
  languages: readonly string[];
  panelStorage?: Pick<Storage, 'setItem'>;
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

export async function mountOptions(root: HTMLElement, api: OptionsApi, env: OptionsEnv): Promise<void> {
  const settings = await readSettings(api, env.languages);
  const translator = await loadTranslator(settings.language);
  const initial: State = { language: settings.language, profile: settings.profile, pwaUrl: settings.pwaUrl ?? '', status: 'idle' };
  // The page's static placeholder goes: Preact renders into an empty root.
  root.replaceChildren();
  render(<Options api={api} env={env} initial={initial} initialTranslator={translator} />, root);
}

function Options({ api, env, initial, initialTranslator }: { api: OptionsApi; env: OptionsEnv; initial: State; initialTranslator: Translator }) {
  const [state, setState] = useState<State>(initial);
  // What Save reads: set at once by every change, as a render may not have run between a change and the click.
  const latest = useRef(initial);
  const update = (change: Partial<State>): void => {
    latest.current = { ...latest.current, ...change };
    setState(latest.current);
  };
  const [translator, setTranslator] = useState(initialTranslator);
  const pwaUrlInput = useRef<HTMLInputElement>(null);
  // Set with an 'invalid' state, so the address gets the focus once its error is drawn and described.
  const focusPwaUrl = useRef(false);
  const t = translator.t;

  useLayoutEffect(() => {
    applyLanguage(document.documentElement, translator);
    document.title = translator.t('options.title');
  }, [translator]);

  useEffect(() => {
    if (!focusPwaUrl.current) return;
    focusPwaUrl.current = false;
    pwaUrlInput.current?.focus();
  });

  const chooseLanguage = (language: LanguageCode): void => {
    update({ language, status: 'idle' });
    void loadTranslator(language).then(setTranslator);
  };

  const save = (): void => {
    const { language, profile, pwaUrl } = latest.current;
    const text = pwaUrl.trim();
    const url = text === '' ? null : parsePwaUrl(text);
    if (text !== '' && url === null) {
      focusPwaUrl.current = true;
      update({ status: 'invalid' });
      return;
    }
    // First, and without an await before it: Chrome asks for a permission only inside the click.
    // Not awaited before saving: the address is saved whatever the answer (the handout QR needs no access).
    const asked = url ? api.permissions.request({ origins: [pwaOriginPattern(url)] }).catch(() => false) : Promise.resolve(true);
    void writeSettings(api, { language, profile, pwaUrl: url }).then(async (result) => {
      if (!result.ok) {
        update({ status: 'invalid' });
        return;
      }
      mirrorToPanel(env.panelStorage, { language, profile: profile as Settings['profile'] });
      update({ pwaUrl: url ?? '', status: 'saved' });
      if (!(await asked)) update({ status: 'no-permission' });
    });
  };

  const invalid = state.status === 'invalid';
  const status = state.status === 'saved' ? t('options.saved') : state.status === 'no-permission' ? t('options.pwaUrl.noPermission') : '';
  return (
    <>
      <h1>{t('options.title')}</h1>
      <p class="note">{t('options.intro')}</p>
      <form
        class="options"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div class="field">
          <label for="options-language">{t('options.language')}</label>
          <select id="options-language" value={state.language} onChange={(event) => chooseLanguage(event.currentTarget.value as LanguageCode)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="options-profile">{t('options.profile')}</label>
          <select
            id="options-profile"
            value={state.profile}
            onChange={(event) => {
              update({ profile: event.currentTarget.value, status: 'idle' });
            }}
          >
            {Object.values(profiles).map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.name)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="options-pwa-url">{t('options.pwaUrl.label')}</label>
          <input
            ref={pwaUrlInput}
            id="options-pwa-url"
            type="url"
            inputMode="url"
            autocomplete="url"
            spellcheck={false}
            placeholder="listo.example.org"
            value={state.pwaUrl}
            aria-describedby={invalid ? 'options-pwa-url-error options-pwa-url-hint' : 'options-pwa-url-hint'}
            aria-invalid={invalid ? 'true' : 'false'}
            onInput={(event) => {
              update({ pwaUrl: event.currentTarget.value });
            }}
          />
          <p class="note" id="options-pwa-url-hint">
            {t('options.pwaUrl.hint')}
          </p>
          {invalid ? (
            <p class="error" id="options-pwa-url-error">
              {t('options.pwaUrl.invalid')}
            </p>
          ) : null}
        </div>
        <div class="actions">
          <button type="submit" id="options-save">
            {t('options.save')}
          </button>
        </div>
        <p role="status" id="options-status">
          {status}
        </p>
      </form>
    </>
  );
}

const root = typeof document === 'undefined' ? null : document.getElementById('options');
if (root && typeof chrome !== 'undefined' && chrome.storage) {
  void mountOptions(root, chrome, { languages: navigator.languages, panelStorage: localStorage });
}
