import { describe, expect, it } from 'vitest';
import { judge, profiles, type Finding, type StorageFacts } from '../../shared/index';

const MB = 1024 * 1024;
const healthy: StorageFacts = {
  usageBytes: 2 * MB,
  quotaBytes: 4096 * MB,
  persisted: true,
  caches: { count: 1, entries: 17, bytes: 0.3 * MB },
  serviceWorker: 'controlled',
  cookies: true,
  localStorage: true,
  indexedDB: true,
};

function finding(check: string, storage: Partial<StorageFacts>): Finding {
  const found = judge({ storage: { ...healthy, ...storage } }, profiles['cbp-one']).find((f) => f.check === check);
  if (!found) throw new Error(`no ${check}`);
  return found;
}

describe('storage.quota', () => {
  it('passes plenty of room, and always says the quota is fuzzed and how to check the phone by hand', () => {
    const quota = finding('storage.quota', {});
    expect(quota.status).toBe('pass');
    expect(quota.message.params).toMatchObject({ availableGB: 4 });
    expect(quota.details?.map((d) => d.key)).toEqual(['storage.quota.fuzzed']);
    expect(quota.fixes).toEqual(['storage.check-phone-space']);
  });

  it('warns under 200 MB and fails under 50 MB of room, with "free space" first', () => {
    expect(finding('storage.quota', { quotaBytes: 150 * MB }).status).toBe('warn');
    const full = finding('storage.quota', { usageBytes: 100 * MB, quotaBytes: 120 * MB });
    expect(full.status).toBe('fail');
    expect(full.fixes[0]).toBe('storage.free-space');
    expect(full.evidence.availableMB).toBe(20);
  });

  it('is unknown without an estimate (Safari before 17), still guiding the manual check', () => {
    const unknown = finding('storage.quota', { usageBytes: null, quotaBytes: null, estimateError: 'missing' });
    expect(unknown.status).toBe('unknown');
    expect(unknown.fixes).toEqual(['storage.check-phone-space']);
  });

  it('says when the browser may evict the data', () => {
    expect(finding('storage.quota', { persisted: false }).details?.map((d) => d.key)).toContain('storage.quota.notPersisted');
  });
});

describe('storage.cache', () => {
  it('passes a small cache, says Listo cannot see other apps, and offers the app-cache fix', () => {
    const cache = finding('storage.cache', {});
    expect(cache.status).toBe('pass');
    expect(cache.evidence).toMatchObject({ caches: 1, entries: 17, cacheMB: 0.3, serviceWorker: 'controlled' });
    expect(cache.details?.[0]?.key).toBe('storage.cache.otherApps');
    expect(cache.fixes).toEqual(['storage.clear-app-cache']);
  });

  it('warns a cache over 100 MB', () => {
    const big = finding('storage.cache', { caches: { count: 3, entries: 40, bytes: 300 * MB } });
    expect(big.status).toBe('warn');
    expect(big.fixes[0]).toBe('storage.clear-site-cache');
  });

  it('is unknown without Cache Storage, and says so when sizes are hidden', () => {
    expect(finding('storage.cache', { caches: null }).status).toBe('unknown');
    expect(finding('storage.cache', { caches: { count: 1, entries: 2, bytes: null } }).message.key).toBe('storage.cache.passUnknownSize');
  });
});

describe('storage.site-data', () => {
  it('passes when cookies, localStorage and IndexedDB work', () => {
    expect(finding('storage.site-data', {}).status).toBe('pass');
  });

  it('fails a private mode that refuses a store, naming it, with "leave private browsing" first', () => {
    const blocked = finding('storage.site-data', { indexedDB: false, storeErrors: { indexedDB: 'InvalidStateError' } });
    expect(blocked.status).toBe('fail');
    expect(blocked.message.params).toEqual({ stores: 'indexedDB' });
    expect(blocked.fixes[0]).toBe('storage.leave-private');
    expect(blocked.evidence.errors).toEqual(['indexedDB: InvalidStateError']);
  });

  it('is unknown when nothing could be tested', () => {
    expect(finding('storage.site-data', { cookies: null, localStorage: null, indexedDB: null }).status).toBe('unknown');
  });
});
