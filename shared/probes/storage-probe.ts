import type { StorageFacts } from '../facts/facts';
import { tryWithin, withTimeout } from './with-timeout';

/** What the storage probe may touch; every member is optional, as browsers lack some. */
export interface StorageProbePlatform {
  storage?: Partial<Pick<StorageManager, 'estimate' | 'persisted'>>;
  caches?: CacheStorage;
  serviceWorker?: Pick<ServiceWorkerContainer, 'controller' | 'getRegistration'>;
  /** document.cookie as a getter and setter. */
  cookie?: { get(): string; set(value: string): void };
  /** Reaching localStorage itself throws in some private modes: hand a function. */
  localStorage?: () => Storage;
  indexedDB?: IDBFactory;
}

const LIMIT_MS = 3000;
/** Reading every cached response's size costs time: stop counting after this many. */
const MAX_ENTRIES = 400;

function errorName(error: unknown): string {
  return error instanceof Error ? error.name || error.message : String(error);
}

async function cacheFacts(caches: CacheStorage): Promise<StorageFacts['caches']> {
  const names = await caches.keys();
  let entries = 0;
  let bytes: number | null = 0;
  for (const name of names) {
    const cache = await caches.open(name);
    const requests = await cache.keys();
    entries += requests.length;
    for (const request of requests) {
      if (entries > MAX_ENTRIES || bytes === null) {
        bytes = null;
        break;
      }
      const response = await cache.match(request);
      // Opaque responses hide their size (Chrome counts ~7 MB each against the quota): then the total is unknown.
      if (!response || response.type === 'opaque') {
        bytes = null;
        continue;
      }
      const length = Number(response.headers.get('Content-Length'));
      bytes += Number.isFinite(length) && length > 0 ? length : (await response.blob()).size;
    }
  }
  return { count: names.length, entries, bytes };
}

function cookieWorks(cookie: NonNullable<StorageProbePlatform['cookie']>): boolean {
  const token = `listo-probe=${Math.random().toString(36).slice(2, 8)}`;
  cookie.set(`${token}; path=/; SameSite=Strict`);
  const works = cookie.get().includes(token);
  cookie.set('listo-probe=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Strict');
  return works;
}

function localStorageWorks(get: () => Storage): boolean {
  const storage = get();
  storage.setItem('listo-probe', '1');
  const works = storage.getItem('listo-probe') === '1';
  storage.removeItem('listo-probe');
  return works;
}

function indexedDbWorks(factory: IDBFactory): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = factory.open('listo-probe');
    request.onsuccess = () => {
      request.result.close();
      factory.deleteDatabase('listo-probe');
      resolve(true);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => resolve(false);
  });
}

/** Storage facts of this origin. Nothing here can see the phone's free space or another app's data. */
export async function readStorageFacts(platform: StorageProbePlatform): Promise<StorageFacts> {
  const storeErrors: Record<string, string> = {};
  const test = async (name: string, works: (() => boolean | Promise<boolean>) | null): Promise<boolean | null> => {
    if (!works) return null;
    try {
      return await withTimeout(works, 2000, false);
    } catch (error) {
      storeErrors[name] = errorName(error);
      return false;
    }
  };

  const estimateFn = platform.storage?.estimate;
  const [estimate, persisted, caches, serviceWorker, cookies, localStorage, indexedDB] = await Promise.all([
    estimateFn ? tryWithin(() => estimateFn.call(platform.storage), LIMIT_MS, null) : Promise.resolve({ value: null, error: 'missing' }),
    platform.storage?.persisted ? tryWithin(() => platform.storage!.persisted!(), LIMIT_MS, null).then((r) => r.value) : Promise.resolve(null),
    platform.caches ? tryWithin(() => cacheFacts(platform.caches!), LIMIT_MS, null) : Promise.resolve({ value: null, error: 'missing' }),
    (async (): Promise<StorageFacts['serviceWorker']> => {
      const container = platform.serviceWorker;
      if (!container) return 'unsupported';
      if (container.controller) return 'controlled';
      const { value } = await tryWithin(() => container.getRegistration(), 1000, undefined);
      return value ? 'registered' : 'none';
    })(),
    test('cookies', platform.cookie ? () => cookieWorks(platform.cookie!) : null),
    test('localStorage', platform.localStorage ? () => localStorageWorks(platform.localStorage!) : null),
    test('indexedDB', platform.indexedDB ? () => indexedDbWorks(platform.indexedDB!) : null),
  ]);
  const usage = estimate.value?.usage;
  const quota = estimate.value?.quota;
  return {
    usageBytes: typeof usage === 'number' && Number.isFinite(usage) ? usage : null,
    quotaBytes: typeof quota === 'number' && Number.isFinite(quota) ? quota : null,
    ...(estimate.error ? { estimateError: estimate.error } : {}),
    persisted: typeof persisted === 'boolean' ? persisted : null,
    caches: caches.value,
    ...(caches.error ? { cachesError: caches.error } : {}),
    serviceWorker,
    cookies,
    localStorage,
    indexedDB,
    ...(Object.keys(storeErrors).length ? { storeErrors } : {}),
  };
}

/** The real browser, read at call time; members the browser lacks stay absent. */
export function browserStoragePlatform(): StorageProbePlatform {
  const nav = globalThis.navigator as Navigator | undefined;
  const doc = globalThis.document as Document | undefined;
  return {
    ...(nav?.storage ? { storage: nav.storage } : {}),
    ...('caches' in globalThis ? { caches: globalThis.caches } : {}),
    ...(nav && 'serviceWorker' in nav ? { serviceWorker: nav.serviceWorker } : {}),
    ...(doc ? { cookie: { get: () => doc.cookie, set: (value: string) => void (doc.cookie = value) } } : {}),
    localStorage: () => globalThis.localStorage,
    ...('indexedDB' in globalThis ? { indexedDB: globalThis.indexedDB } : {}),
  };
}
