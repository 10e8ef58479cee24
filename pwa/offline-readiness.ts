import { KEEP_MESSAGE, cacheFor, type KeepReply, type KeepRequest } from './offline-cache';

/**
 * Whether this phone can run Listo without internet, told only when it truly
 * can: the service worker is active with every precached file in its cache
 * (the app shell and the face model), and the language files this page has
 * shown are kept too. On a first visit the page loads its language before the
 * service worker exists; the service worker is then asked to keep that file
 * (from the HTTP cache: nothing crosses the line twice).
 *
 * - `checking`: not known yet (the service worker is installing, or asked);
 * - `ready`: everything is on the phone;
 * - `not-ready`: something could not be kept (the line dropped, storage refused);
 *   the next visit tries again;
 * - `unsupported`: no service worker (private modes, old browsers): never offline.
 */
export type OfflineReadiness = 'checking' | 'ready' | 'not-ready' | 'unsupported';

/** What the readiness watch needs of the browser; tests hand a fake. */
export interface ReadinessPlatform {
  /** The service worker once activated (its precache complete), or null when its install failed. */
  activated(): Promise<{ postMessage(message: KeepRequest, transfer: Transferable[]): void } | null>;
  /** Calls `listener` with the URLs of files the page has loaded, those already loaded first, then each new one. */
  watchLoadedFiles(listener: (urls: string[]) => void): void;
  /** Whether the face model must be kept as plain files (pwa/offline-cache.ts, KeepRequest). */
  plainFaceModel: boolean;
  /** A channel for one reply (a MessageChannel in a browser). */
  channel(): { port: Transferable; reply: Promise<KeepReply> };
}

/** How long the service worker may take to keep a few files it has in the HTTP cache. */
const KEEP_LIMIT_MS = 60_000;

/**
 * Watches readiness and calls `onChange` each time it changes. Files the page
 * loads later (another language chosen) are kept in their turn; readiness
 * stays `ready` only while every one of them could be kept.
 */
export function watchOfflineReadiness(platform: ReadinessPlatform, onChange: (readiness: OfflineReadiness) => void, wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))): void {
  let readiness: OfflineReadiness = 'checking';
  const set = (next: OfflineReadiness) => {
    if (next === readiness) return;
    readiness = next;
    onChange(next);
  };
  const seen = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  const worker = platform.activated();

  const keep = async (urls: string[]): Promise<void> => {
    const active = await worker;
    if (!active) return set('not-ready'); // its install failed
    const { port, reply } = platform.channel();
    active.postMessage({ type: KEEP_MESSAGE, urls, plainFaceModel: platform.plainFaceModel }, [port]);
    const answer = await Promise.race([reply, wait(KEEP_LIMIT_MS).then((): KeepReply => ({ kept: false, complete: false }))]);
    set(answer.kept && answer.complete ? 'ready' : 'not-ready');
  };

  // The first call (the files loaded so far) always checks, even with nothing to keep: is the precache complete?
  let first = true;
  platform.watchLoadedFiles((urls) => {
    const fresh = urls.filter((url) => !seen.has(url) && cacheFor(url) !== null);
    for (const url of fresh) seen.add(url);
    if (fresh.length === 0 && !first) return;
    first = false;
    queue = queue.then(() => keep([...seen])).catch(() => set('not-ready'));
  });
}

/** The browser's side: the registration's worker once activated, Resource Timing for loaded files, a MessageChannel. */
export function browserReadinessPlatform(registration: ServiceWorkerRegistration): ReadinessPlatform {
  return {
    async activated() {
      const worker = registration.active ?? registration.waiting ?? registration.installing ?? (await navigator.serviceWorker.ready).active;
      if (!worker) return null;
      if (worker.state === 'activated') return worker;
      return new Promise((resolve) => {
        const check = () => {
          if (worker.state === 'activated') resolve(worker);
          else if (worker.state === 'redundant') resolve(null);
        };
        worker.addEventListener('statechange', check);
        check();
      });
    },
    plainFaceModel: typeof DecompressionStream === 'undefined',
    watchLoadedFiles(listener) {
      const names = (entries: PerformanceEntryList) => entries.map((entry) => entry.name);
      listener(names(performance.getEntriesByType('resource')));
      if (typeof PerformanceObserver === 'undefined') return;
      new PerformanceObserver((list) => listener(names(list.getEntries()))).observe({ type: 'resource' });
    },
    channel() {
      const channel = new MessageChannel();
      const reply = new Promise<KeepReply>((resolve) => (channel.port1.onmessage = (event: MessageEvent<KeepReply>) => resolve(event.data)));
      return { port: channel.port2, reply };
    },
  };
}
