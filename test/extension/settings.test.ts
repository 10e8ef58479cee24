import { describe, expect, it } from 'vitest';
import {
  SETTINGS_KEYS,
  clockReferenceFromSettings,
  defaultClockReference,
  defaultSettings,
  parsePwaUrl,
  readSettings,
  writeSettings,
  type SettingsStorageApi,
} from '../../extension/settings';

function fakeChrome(initial: Record<string, unknown> = {}, { broken = false } = {}) {
  const items = new Map(Object.entries(initial));
  const api: SettingsStorageApi = {
    storage: {
      local: {
        get: async (keys) => {
          if (broken) throw new Error('storage is gone');
          return Object.fromEntries(keys.filter((k) => items.has(k)).map((k) => [k, items.get(k)]));
        },
        set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, v)),
        remove: async (keys) => void keys.forEach((k) => items.delete(k)),
      },
    },
  };
  return { api, items };
}

describe('the options of the volunteer console', () => {
  it('default to the browser language, CBP One and no PWA address', async () => {
    await expect(readSettings(fakeChrome().api, ['ht-HT', 'fr'])).resolves.toEqual({ language: 'ht', profile: 'cbp-one', pwaUrl: null });
    await expect(readSettings(fakeChrome().api)).resolves.toEqual(defaultSettings());
    await expect(readSettings(fakeChrome({}, { broken: true }).api, ['en'])).resolves.toEqual(defaultSettings(['en']));
  });

  it('are kept under their documented keys and read back', async () => {
    const { api, items } = fakeChrome();
    await expect(writeSettings(api, { language: 'en', profile: 'smartlink', pwaUrl: 'listo.example.org/app?x=1#y' })).resolves.toEqual({
      ok: true,
      saved: { language: 'en', profile: 'smartlink', pwaUrl: 'https://listo.example.org/app' },
    });
    expect(Object.fromEntries(items)).toEqual({
      'settings.language': 'en',
      'settings.profile': 'smartlink',
      'settings.pwaUrl': 'https://listo.example.org/app',
    });
    expect(Object.values(SETTINGS_KEYS).sort()).toEqual(['settings.language', 'settings.profile', 'settings.pwaUrl']);
    await expect(readSettings(api)).resolves.toEqual({ language: 'en', profile: 'smartlink', pwaUrl: 'https://listo.example.org/app' });
  });

  it('save only what is given, and nothing at all when a value is not valid', async () => {
    const { api, items } = fakeChrome({ 'settings.language': 'es' });
    await writeSettings(api, { profile: 'cbp-home' });
    expect(items.get('settings.language')).toBe('es');
    await expect(writeSettings(api, { language: 'xx', pwaUrl: 'ftp://listo.example.org' })).resolves.toEqual({ ok: false, invalid: ['language', 'pwaUrl'] });
    await expect(writeSettings(api, { profile: 'no-such-app' })).resolves.toEqual({ ok: false, invalid: ['profile'] });
    expect(Object.fromEntries(items)).toEqual({ 'settings.language': 'es', 'settings.profile': 'cbp-home' });
  });

  it('forget the PWA address when it is emptied', async () => {
    const { api, items } = fakeChrome({ 'settings.pwaUrl': 'https://listo.example.org/' });
    await writeSettings(api, { pwaUrl: '  ' });
    expect(items.has('settings.pwaUrl')).toBe(false);
    await expect(readSettings(api)).resolves.toMatchObject({ pwaUrl: null });
  });

  it('read anything odd under a key as the default', async () => {
    const { api } = fakeChrome({ 'settings.language': 42, 'settings.profile': 'toString', 'settings.pwaUrl': 'javascript:alert(1)' });
    await expect(readSettings(api, ['es'])).resolves.toEqual({ language: 'es', profile: 'cbp-one', pwaUrl: null });
  });

  it('accept as the PWA only an https address, or http on this computer', () => {
    expect(parsePwaUrl('https://listo.example.org')).toBe('https://listo.example.org/');
    expect(parsePwaUrl('listo.example.org')).toBe('https://listo.example.org/');
    expect(parsePwaUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/');
    expect(parsePwaUrl('127.0.0.1:4173')).toBe('https://127.0.0.1:4173/');
    expect(parsePwaUrl('http://localhost:4173/listo/')).toBe('http://localhost:4173/listo/');
    for (const bad of ['', 'not a site', 'http://listo.example.org', 'https://user:pw@listo.example.org', 'intranet', 'data:text/html,hi', 'chrome://settings']) {
      expect(parsePwaUrl(bad), bad).toBeNull();
    }
  });

  it("give the clock comparison the PWA's origin when no site was named in the panel", () => {
    expect(defaultClockReference({ pwaUrl: 'https://listo.example.org/app/' })).toBe('https://listo.example.org/');
    expect(defaultClockReference({ pwaUrl: null })).toBeNull();
  });

  it('give that reference to the panel only while Chrome lets it read the site', async () => {
    const { api } = fakeChrome({ 'settings.pwaUrl': 'https://listo.example.org/app/' });
    const asked: string[][] = [];
    const held = (answer: boolean) => ({ ...api, permissions: { contains: async ({ origins }: { origins: string[] }) => (asked.push(origins), answer) } });
    await expect(clockReferenceFromSettings(held(true))).resolves.toBe('https://listo.example.org/');
    await expect(clockReferenceFromSettings(held(false))).resolves.toBeNull();
    expect(asked).toEqual([['https://listo.example.org/*'], ['https://listo.example.org/*']]);
    await expect(clockReferenceFromSettings({ ...fakeChrome().api, permissions: { contains: async () => true } })).resolves.toBeNull();
  });
});
