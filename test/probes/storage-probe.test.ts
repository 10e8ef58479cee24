import { describe, expect, it } from 'vitest';
import { readStorageFacts } from '../../shared/index';

const MB = 1024 * 1024;

/** A fake Cache Storage holding responses of the given sizes. */
function fakeCaches(sizes: Record<string, Array<number | 'opaque'>>): CacheStorage {
  return {
    keys: async () => Object.keys(sizes),
    open: async (name: string) => {
      const entries = sizes[name] ?? [];
      return {
        keys: async () => entries.map((_, i) => new Request(`https://listo.example/${name}/${i}`)),
        match: async (request: Request) => {
          const size = entries[Number(request.url.split('/').pop())];
          if (size === 'opaque') return { type: 'opaque', headers: new Headers() } as Response;
          return new Response(new Uint8Array(size ?? 0), { headers: size && size > 1000 ? { 'Content-Length': String(size) } : {} });
        },
      } as unknown as Cache;
    },
  } as unknown as CacheStorage;
}

function fakeCookieJar(works: boolean) {
  let jar = '';
  return { get: () => jar, set: (value: string) => void (works && !value.includes('1970') ? (jar = value.split(';')[0]!) : (jar = '')) };
}

function fakeLocalStorage(): Storage {
  const map = new Map<string, string>();
  return {
    setItem: (k: string, v: string) => void map.set(k, v),
    getItem: (k: string) => map.get(k) ?? null,
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
}

function fakeIndexedDb(outcome: 'ok' | 'error'): IDBFactory {
  return {
    open: () => {
      const request: Record<string, unknown> = {};
      queueMicrotask(() => {
        if (outcome === 'ok') {
          request.result = { close: () => undefined };
          (request.onsuccess as () => void)();
        } else {
          request.error = new DOMException('The user denied permission to access the database.', 'InvalidStateError');
          (request.onerror as () => void)();
        }
      });
      return request;
    },
    deleteDatabase: () => ({}),
  } as unknown as IDBFactory;
}

describe('readStorageFacts', () => {
  it('reads estimate, persistence, this origin\'s caches, the service worker and every store', async () => {
    const facts = await readStorageFacts({
      storage: { estimate: async () => ({ usage: 3 * MB, quota: 2000 * MB }), persisted: async () => false },
      caches: fakeCaches({ 'workbox-precache-v2': [2000, 500, 3000] }),
      serviceWorker: { controller: {} as ServiceWorker, getRegistration: async () => undefined },
      cookie: fakeCookieJar(true),
      localStorage: fakeLocalStorage,
      indexedDB: fakeIndexedDb('ok'),
    });
    expect(facts).toEqual({
      usageBytes: 3 * MB,
      quotaBytes: 2000 * MB,
      persisted: false,
      caches: { count: 1, entries: 3, bytes: 5500 },
      serviceWorker: 'controlled',
      cookies: true,
      localStorage: true,
      indexedDB: true,
    });
  });

  it('degrades: no StorageManager (Safari before 17), no caches, no service worker, nothing to test', async () => {
    const facts = await readStorageFacts({});
    expect(facts).toMatchObject({
      usageBytes: null,
      quotaBytes: null,
      estimateError: 'missing',
      persisted: null,
      caches: null,
      serviceWorker: 'unsupported',
      cookies: null,
      localStorage: null,
      indexedDB: null,
    });
  });

  it('survives throwing and silent APIs, and names the store that failed (private modes)', async () => {
    const facts = await readStorageFacts({
      storage: { estimate: () => new Promise(() => undefined), persisted: () => Promise.reject(new Error('nope')) },
      caches: { keys: () => Promise.reject(new DOMException('denied', 'SecurityError')) } as unknown as CacheStorage,
      serviceWorker: { controller: null, getRegistration: async () => ({}) as ServiceWorkerRegistration },
      cookie: fakeCookieJar(false),
      localStorage: () => {
        throw new DOMException('access denied', 'SecurityError');
      },
      indexedDB: fakeIndexedDb('error'),
    });
    expect(facts.estimateError).toBe('timeout');
    expect(facts.persisted).toBeNull();
    expect(facts.caches).toBeNull();
    expect(facts.cachesError).toMatch(/SecurityError/);
    expect(facts.serviceWorker).toBe('registered');
    expect([facts.cookies, facts.localStorage, facts.indexedDB]).toEqual([false, false, false]);
    expect(facts.storeErrors).toEqual({ localStorage: 'SecurityError', indexedDB: 'InvalidStateError' });
  }, 10_000);

  it('says the size is unknown when a cached response is opaque', async () => {
    const facts = await readStorageFacts({ caches: fakeCaches({ runtime: [100, 'opaque'] }) });
    expect(facts.caches).toEqual({ count: 1, entries: 2, bytes: null });
  });
});
