/**
 * The volunteer's options (options.html), kept in chrome.storage.local under
 * these keys, one value each:
 *
 * | key                | value                                   | default                          |
 * |--------------------|-----------------------------------------|----------------------------------|
 * | `settings.language`| a code of LANGUAGES (the panel language) | the browser's (pickLanguage)     |
 * | `settings.profile` | a profile id (the first profile shown)  | `cbp-one`                        |
 * | `settings.pwaUrl`  | the Listo PWA's address, https          | none (`null`)                    |
 *
 * Anything else found under a key (an old version, a hand edit) reads as the
 * default. The chrome object is passed in, so tests hand a fake.
 */
import { LANGUAGES, pickLanguage, profiles, type LanguageCode, type ProfileId } from '../shared/index';

export interface Settings {
  language: LanguageCode;
  profile: ProfileId;
  /** The PWA's address, normalised by parsePwaUrl; null when the volunteer has not named one. */
  pwaUrl: string | null;
}

export const SETTINGS_KEYS = {
  language: 'settings.language',
  profile: 'settings.profile',
  pwaUrl: 'settings.pwaUrl',
} as const satisfies Record<keyof Settings, string>;

export interface SettingsStorageApi {
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
}

export function defaultSettings(preferredLanguages: readonly string[] = []): Settings {
  return { language: pickLanguage(preferredLanguages), profile: 'cbp-one', pwaUrl: null };
}

function isLanguage(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

function isProfile(value: unknown): value is ProfileId {
  return typeof value === 'string' && Object.hasOwn(profiles, value);
}

/**
 * "listo.example.org/app" → "https://listo.example.org/app"; null for what
 * cannot be the PWA: not http(s), http other than this computer (a PWA needs a
 * secure context), a user name or password, no dot in the host name.
 * The query and fragment are dropped: the handout QR and the clock need the app's address only.
 */
export function parsePwaUrl(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  if (url.username || url.password) return null;
  if (!local && !url.hostname.includes('.')) return null;
  url.search = '';
  url.hash = '';
  return url.href;
}

export async function readSettings(api: SettingsStorageApi, preferredLanguages: readonly string[] = []): Promise<Settings> {
  const defaults = defaultSettings(preferredLanguages);
  let stored: Record<string, unknown> = {};
  try {
    stored = await api.storage.local.get(Object.values(SETTINGS_KEYS));
  } catch {
    return defaults;
  }
  const language = stored[SETTINGS_KEYS.language];
  const profile = stored[SETTINGS_KEYS.profile];
  const pwaUrl = stored[SETTINGS_KEYS.pwaUrl];
  return {
    language: isLanguage(language) ? language : defaults.language,
    profile: isProfile(profile) ? profile : defaults.profile,
    pwaUrl: typeof pwaUrl === 'string' ? parsePwaUrl(pwaUrl) : null,
  };
}

export type SettingsProblem = 'language' | 'profile' | 'pwaUrl';

/**
 * Saves the values given, and only those. A value that is not valid is not
 * saved: the answer names it. `pwaUrl: null` forgets the address.
 */
export async function writeSettings(
  api: SettingsStorageApi,
  partial: { language?: string; profile?: string; pwaUrl?: string | null },
): Promise<{ ok: true; saved: Partial<Settings> } | { ok: false; invalid: SettingsProblem[] }> {
  const invalid: SettingsProblem[] = [];
  const items: Record<string, unknown> = {};
  const saved: Partial<Settings> = {};
  if (partial.language !== undefined) {
    if (isLanguage(partial.language)) items[SETTINGS_KEYS.language] = saved.language = partial.language;
    else invalid.push('language');
  }
  if (partial.profile !== undefined) {
    if (isProfile(partial.profile)) items[SETTINGS_KEYS.profile] = saved.profile = partial.profile;
    else invalid.push('profile');
  }
  let forget = false;
  if (partial.pwaUrl !== undefined) {
    if (partial.pwaUrl === null || partial.pwaUrl.trim() === '') {
      forget = true;
      saved.pwaUrl = null;
    } else {
      const url = parsePwaUrl(partial.pwaUrl);
      if (url) items[SETTINGS_KEYS.pwaUrl] = saved.pwaUrl = url;
      else invalid.push('pwaUrl');
    }
  }
  if (invalid.length > 0) return { ok: false, invalid };
  if (Object.keys(items).length > 0) await api.storage.local.set(items);
  if (forget) await api.storage.local.remove([SETTINGS_KEYS.pwaUrl]);
  return { ok: true, saved };
}

/**
 * The clock comparison's reference when the volunteer has named none in the
 * panel (extension/clock-reference.ts remembers that one): the PWA's own
 * address, whose server's Date header the phones are compared with too.
 * The panel still needs the host permission for it (options.tsx asks on Save).
 */
export function defaultClockReference(settings: Pick<Settings, 'pwaUrl'>): string | null {
  return settings.pwaUrl ? `${new URL(settings.pwaUrl).origin}/` : null;
}

/** The host-permission pattern for the PWA's address (what options.tsx asks for on Save). */
export function pwaOriginPattern(pwaUrl: string): string {
  return `${new URL(pwaUrl).origin}/*`;
}

/**
 * defaultClockReference, but only when Chrome already lets the panel read
 * that site (granted on Save in the options page): without the host
 * permission the Date header cannot be read, and the clock would show an
 * error instead of "not compared". For the panel, after
 * rememberedClockReference found nothing.
 */
export async function clockReferenceFromSettings(
  api: SettingsStorageApi & { permissions: { contains(permissions: { origins: string[] }): Promise<boolean> } },
): Promise<string | null> {
  const reference = defaultClockReference(await readSettings(api));
  if (!reference) return null;
  try {
    return (await api.permissions.contains({ origins: [`${new URL(reference).origin}/*`] })) ? reference : null;
  } catch {
    return null;
  }
}
