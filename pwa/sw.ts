/// <reference lib="webworker" />
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, Route, Router } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { forEachConcurrently } from './concurrently';
import { KEEP_MESSAGE, LANGUAGES_CACHE, LANGUAGE_FILES, PLAIN_FACE_MODEL_CACHE, PLAIN_FACE_MODEL_FILES, TRAINER_CACHE, TRAINER_FILES, cacheFor, type KeepReply, type KeepRequest } from './offline-cache';

/**
 * Listo's service worker (vite-plugin-pwa injectManifest: the build fills in
 * __WB_MANIFEST with the files vite.config.ts globs). It precaches the app
 * shell and the face model, six files at a time rather than Workbox's one
 * at a time; keeps language catalogues and trainer files when first used
 * (pwa/offline-cache.ts); answers navigations with index.html, except the
 * clock reference, which must come from the network (PITFALLS.md).
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** A browser's connections per host: more would only queue inside it. */
const AT_ONCE = 6;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

/**
 * The largest files first (the face model's weights), so that their transfer
 * starts while the small files' round trips overlap it.
 */
const weight = (url: string) => (/\.(bin|gz)$/.test(new URL(url).pathname) ? 0 : 1);

self.addEventListener('install', (event) => {
  const entries = [...precache.getURLsToCacheKeys()].sort(([a], [b]) => weight(a) - weight(b));
  event.waitUntil(
    forEachConcurrently(entries, AT_ONCE, async ([url, cacheKey]) => {
      // Revisioned files (index.html, icons) are asked for again with their validator ('no-cache': a 304 when
      // unchanged, as the page fetched them a moment ago); hashed files may come from the HTTP cache, where the
      // page's own first load left them: nothing is downloaded twice. Workbox's own install uses 'reload'.
      const revisioned = new URL(cacheKey).searchParams.has('__WB_REVISION__');
      const request = new Request(url, { cache: revisioned ? 'no-cache' : 'default', credentials: 'same-origin' });
      await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await precache.activate(event);
      // The first visit's page becomes controlled at once: once this worker is active, everything the page
      // loads later (a worker, the photo code, a language) comes from the caches, even if the line drops.
      await self.clients.claim();
    })(),
  );
});
cleanupOutdatedCaches();

// The update prompt (workbox-window's messageSkipWaiting) asks for this.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === KEEP_MESSAGE) {
    const request = data as KeepRequest;
    const plain = request.plainFaceModel ? plainFaceModelUrls() : [];
    const done = Promise.all([keep([...request.urls, ...plain]).then(() => true, () => false), precacheComplete().catch(() => false)]);
    event.waitUntil(done);
    void done.then(([kept, complete]) => event.ports[0]?.postMessage({ kept, complete } satisfies KeepReply));
  }
});

/** The plain weight files beside the precached gzip copies (shared/photo/face/load.ts). */
function plainFaceModelUrls(): string[] {
  return [...precache.getURLsToCacheKeys().keys()].filter((url) => url.endsWith('.bin.gz')).map((url) => url.slice(0, -'.gz'.length));
}

/** Keeps files the page loaded before this worker controlled it: only the kinds of files kept on first use. */
async function keep(urls: string[]): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      const sameOrigin = new URL(url).origin === self.location.origin;
      const name = !sameOrigin ? null : PLAIN_FACE_MODEL_FILES.test(new URL(url).pathname) ? PLAIN_FACE_MODEL_CACHE : cacheFor(url);
      if (!name) return;
      const cache = await caches.open(name);
      // The page has just loaded it: the HTTP cache answers, the line carries nothing.
      if (!(await cache.match(url, IGNORE_VARY))) await cache.add(new Request(url, { credentials: 'same-origin' }));
    }),
  );
}

/** Whether every precached file is in the cache now (storage may have been cleared under an active worker). */
async function precacheComplete(): Promise<boolean> {
  const cache = await caches.open(precache.strategy.cacheName);
  const found = await Promise.all([...precache.getURLsToCacheKeys().values()].map((cacheKey) => cache.match(cacheKey)));
  return found.every(Boolean);
}

/**
 * The files kept on first use are hashed and never change; some hosts (vite preview among them) answer with
 * `Vary: Origin`, and a module script's request carries an Origin where the keep request did not: without this,
 * a kept catalogue was not found offline.
 */
const IGNORE_VARY: CacheQueryOptions = { ignoreVary: true };

const router = new Router();
router.registerRoute(new PrecacheRoute(precache));
router.registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html'), { denylist: [/[?&]listo-clock=/] }));
router.registerRoute(new Route(({ url }) => url.origin === self.location.origin && LANGUAGE_FILES.test(url.pathname), new CacheFirst({ cacheName: LANGUAGES_CACHE, matchOptions: IGNORE_VARY })));
router.registerRoute(new Route(({ url }) => url.origin === self.location.origin && TRAINER_FILES.test(url.pathname), new CacheFirst({ cacheName: TRAINER_CACHE, matchOptions: IGNORE_VARY })));
router.registerRoute(new Route(({ url }) => url.origin === self.location.origin && PLAIN_FACE_MODEL_FILES.test(url.pathname), new CacheFirst({ cacheName: PLAIN_FACE_MODEL_CACHE, matchOptions: IGNORE_VARY })));
router.addFetchListener();
