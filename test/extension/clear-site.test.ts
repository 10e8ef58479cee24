import { describe, expect, it } from 'vitest';
import { DATA_TO_REMOVE, clearSiteData, parseOrigin, type ClearSiteApi } from '../../extension/clear-site';

function fakeChrome({ has = false, grant = true, fail = false } = {}) {
  const calls: string[] = [];
  const removed: Array<{ options: unknown; data: unknown }> = [];
  const api: ClearSiteApi = {
    permissions: {
      // Chrome answers request() at once, without a prompt, when the permission is held.
      request: async () => (calls.push('request'), has || grant),
    },
    browsingData: {
      remove: async (options, data) => {
        calls.push('remove');
        if (fail) throw new Error('Invalid origin');
        removed.push({ options, data });
      },
    },
  };
  return { api, calls, removed };
}

describe('parseOrigin', () => {
  it('turns what a volunteer types into an origin', () => {
    expect(parseOrigin('cbp.gov')).toBe('https://cbp.gov');
    expect(parseOrigin(' https://www.cbp.gov/about?x=1 ')).toBe('https://www.cbp.gov');
    expect(parseOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
  });

  it('refuses anything that is not one web origin', () => {
    for (const bad of ['', 'cbp', 'cbp gov', 'file:///etc/passwd', 'chrome://settings', 'javascript:alert(1)']) expect(parseOrigin(bad), bad).toBeNull();
  });
});

describe('clearSiteData', () => {
  it('asks for the optional permission first, within the click, then removes every kind of data of that origin only', async () => {
    const { api, calls, removed } = fakeChrome();
    await expect(clearSiteData(api, 'cbp.gov')).resolves.toEqual({ ok: true, origin: 'https://cbp.gov' });
    expect(calls).toEqual(['request', 'remove']);
    expect(removed).toEqual([{ options: { origins: ['https://cbp.gov'] }, data: DATA_TO_REMOVE }]);
    expect(Object.keys(DATA_TO_REMOVE).sort()).toEqual(['cache', 'cacheStorage', 'cookies', 'fileSystems', 'indexedDB', 'localStorage', 'serviceWorkers']);
  });

  it('calls nothing before request(), so the user gesture still holds', async () => {
    const { api, calls } = fakeChrome({ has: true, grant: false });
    await expect(clearSiteData(api, 'https://cbp.gov')).resolves.toMatchObject({ ok: true });
    expect(calls[0]).toBe('request');
  });

  it('removes nothing when the permission is refused or the origin is invalid, and reports a failure', async () => {
    const refused = fakeChrome({ grant: false });
    await expect(clearSiteData(refused.api, 'cbp.gov')).resolves.toEqual({ ok: false, reason: 'no-permission' });
    expect(refused.removed).toEqual([]);
    const invalid = fakeChrome();
    await expect(clearSiteData(invalid.api, 'not a site')).resolves.toEqual({ ok: false, reason: 'invalid' });
    expect(invalid.calls).toEqual([]);
    const failing = fakeChrome({ has: true, fail: true });
    await expect(clearSiteData(failing.api, 'cbp.gov')).resolves.toEqual({ ok: false, reason: 'failed', detail: 'Invalid origin' });
  });
});
