// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountOptions, type OptionsApi } from '../../extension/options';
import { CATALOGUES } from '../../shared/catalogues';

function fakeChrome(initial: Record<string, unknown> = {}, { grant = true } = {}) {
  const items = new Map(Object.entries(initial));
  const calls: string[] = [];
  const api: OptionsApi = {
    storage: {
      local: {
        get: async (keys) => Object.fromEntries(keys.filter((k) => items.has(k)).map((k) => [k, items.get(k)])),
        set: async (values) => void Object.entries(values).forEach(([k, v]) => (calls.push(`storage.local.set ${k}`), items.set(k, v))),
        remove: async (keys) => void keys.forEach((k) => items.delete(k)),
      },
    },
    permissions: { request: async ({ origins }) => (calls.push(`permissions.request ${origins.join()}`), grant) },
  };
  return { api, items, calls };
}

/** The panel's own localStorage, as the options page sees it. */
function fakePanelStorage() {
  const items = new Map<string, string>();
  return { items, setItem: (key: string, value: string) => void items.set(key, value) };
}

async function openOptions(api: OptionsApi, panelStorage = fakePanelStorage()): Promise<HTMLElement> {
  document.body.innerHTML = '<main id="options"><h1>Listo</h1></main>';
  const root = document.getElementById('options')!;
  await mountOptions(root, api, { languages: ['en-US'], panelStorage });
  await vi.waitFor(() => expect(root.querySelector('#options-language')).not.toBeNull());
  return root;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const heading = () => document.querySelector('h1')?.textContent;

function choose(id: string, value: string): void {
  const field = byId<HTMLSelectElement | HTMLInputElement>(id);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the options page', () => {
  it('opens with what was saved, in the saved language', async () => {
    const { api } = fakeChrome({ 'settings.language': 'es', 'settings.profile': 'smartlink', 'settings.pwaUrl': 'https://listo.example.org/' });
    await openOptions(api);
    expect(heading()).toBe(CATALOGUES.es['options.title']);
    expect(document.title).toBe(CATALOGUES.es['options.title']);
    expect(document.documentElement.lang).toBe('es');
    expect(byId<HTMLSelectElement>('options-language').value).toBe('es');
    expect(byId<HTMLSelectElement>('options-profile').value).toBe('smartlink');
    expect(byId<HTMLInputElement>('options-pwa-url').value).toBe('https://listo.example.org/');
    expect(byId('options-status').getAttribute('role')).toBe('status');
  });

  it('shows itself in the language chosen in it, as soon as it is chosen', async () => {
    const { api } = fakeChrome();
    await openOptions(api);
    choose('options-language', 'ht');
    await vi.waitFor(() => expect(heading()).toBe(CATALOGUES.ht['options.title']));
    expect(document.documentElement.lang).toBe('ht');
    expect([...byId<HTMLSelectElement>('options-profile').options].map((o) => o.textContent)).toContain(CATALOGUES.ht['profile.selfieGeneric.name']);
  });

  it('refuses an address that cannot be the PWA, saying why, and saves nothing', async () => {
    const { api, items, calls } = fakeChrome();
    await openOptions(api);
    choose('options-pwa-url', 'http://listo.example.org/');
    byId('options-save').click();
    await vi.waitFor(() => expect(byId('options-pwa-url-error')).not.toBeNull());
    const address = byId('options-pwa-url');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(address.getAttribute('aria-describedby')).toBe('options-pwa-url-error options-pwa-url-hint');
    await vi.waitFor(() => expect(document.activeElement).toBe(address));
    expect(items.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it("asks for the PWA's site inside the click, saves the options, and the panel starts with them", async () => {
    const { api, items, calls } = fakeChrome();
    const panelStorage = fakePanelStorage();
    await openOptions(api, panelStorage);
    choose('options-language', 'es');
    choose('options-profile', 'smartlink');
    choose('options-pwa-url', 'listo.example.org/app/');
    await vi.waitFor(() => expect(heading()).toBe(CATALOGUES.es['options.title']));
    byId('options-save').click();
    // Asked before the click returns, and before anything is saved: Chrome grants a permission only inside the volunteer's gesture.
    expect(calls[0]).toBe('permissions.request https://listo.example.org/*');
    await vi.waitFor(() => expect(byId('options-status').textContent).toBe(CATALOGUES.es['options.saved']));
    expect(Object.fromEntries(items)).toEqual({
      'settings.language': 'es',
      'settings.profile': 'smartlink',
      'settings.pwaUrl': 'https://listo.example.org/app/',
    });
    expect(Object.fromEntries(panelStorage.items)).toEqual({ 'listo.language': 'es', 'listo.profile': 'smartlink' });
    expect(byId<HTMLInputElement>('options-pwa-url').value).toBe('https://listo.example.org/app/');
  });

  it('saves the address even when its site is not allowed, and says the panel cannot read it', async () => {
    const { api, items } = fakeChrome({}, { grant: false });
    await openOptions(api);
    choose('options-pwa-url', 'https://listo.example.org/');
    byId('options-save').click();
    await vi.waitFor(() => expect(byId('options-status').textContent).toBe(CATALOGUES.en['options.pwaUrl.noPermission']));
    expect(items.get('settings.pwaUrl')).toBe('https://listo.example.org/');
  });
});
