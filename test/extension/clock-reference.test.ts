import { describe, expect, it } from 'vitest';
import { allowClockReference, rememberedClockReference, type HostPermissionApi } from '../../extension/clock-reference';

function fakeChrome({ grant = true, held = [] as string[] } = {}) {
  const calls: Array<[string, string[]]> = [];
  const api: HostPermissionApi = {
    permissions: {
      request: async ({ origins }) => (calls.push(['request', origins]), grant),
      contains: async ({ origins }) => (calls.push(['contains', origins]), origins.every((o) => held.includes(o))),
    },
  };
  return { api, calls };
}

function memory(): Storage {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
}

describe('the clock reference of the volunteer console', () => {
  it('asks for access to the one site named, first thing, and uses its address', async () => {
    const { api, calls } = fakeChrome();
    const storage = memory();
    await expect(allowClockReference(api, 'listo.example.org/app', storage)).resolves.toEqual({ ok: true, url: 'https://listo.example.org/' });
    expect(calls).toEqual([['request', ['https://listo.example.org/*']]]);
    expect(storage.getItem('listo.clockReference')).toBe('https://listo.example.org');
  });

  it('uses nothing when access is refused or the address is not a site', async () => {
    await expect(allowClockReference(fakeChrome({ grant: false }).api, 'listo.example.org')).resolves.toEqual({ ok: false, reason: 'no-permission' });
    const { api, calls } = fakeChrome();
    await expect(allowClockReference(api, 'not a site')).resolves.toEqual({ ok: false, reason: 'invalid' });
    expect(calls).toEqual([]);
  });

  it('remembers the site across visits while its permission is held', async () => {
    const storage = memory();
    storage.setItem('listo.clockReference', 'https://listo.example.org');
    await expect(rememberedClockReference(fakeChrome({ held: ['https://listo.example.org/*'] }).api, storage)).resolves.toBe('https://listo.example.org/');
    await expect(rememberedClockReference(fakeChrome().api, storage)).resolves.toBeNull();
    await expect(rememberedClockReference(fakeChrome().api, memory())).resolves.toBeNull();
  });
});
