import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { median, row } from './measure';
import { SLOW_LINE, startSlowLineServer, type SentResponse } from './slow-line-server';

const ROOT = new URL('..', import.meta.url).pathname;
const CPU_SLOWDOWN = 4;
const LANGUAGE = 'es';
const SAYS_OFFLINE_READY = (JSON.parse(readFileSync(`${ROOT}shared/i18n/messages/${LANGUAGE}.json`, 'utf8')) as Record<string, string>)['app.offlineReady']!;

/** What must be on the phone before it works offline: the service worker, the chosen language and the face model. */
interface Kept {
  activated: boolean;
  language: boolean;
  faceModel: boolean;
}

/** Read inside the page: the Cache Storage as the phone holds it, whatever the app claims. */
const readKept = (language: string): Promise<Kept> =>
  (async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return {
      activated: registration?.active?.state === 'activated',
      language: urls.some((url) => new RegExp(`/${language}-[\\w-]{8}\\.(js|json)$`).test(url)),
      faceModel: urls.some((url) => url.includes('tiny_face_detector_model')) && urls.some((url) => url.includes('face_landmark_68_tiny_model')),
    };
  })();

interface Visit {
  firstScreen: number;
  bytesBeforeFirstScreen: number;
  scriptsBeforeFirstScreen: number;
  activated: number | null;
  offlineReady: number | null;
  saysReady: number | null;
  bytesUntilReady: number | null;
  requests: number;
  twice: string[];
  missing: string[];
}

const sum = (responses: SentResponse[]) => responses.reduce((total, r) => total + r.bytes, 0);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);

async function pollUntil<T>(page: Page, read: () => Promise<T>, done: (value: T) => boolean, limitMs: number): Promise<T> {
  const until = Date.now() + limitMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await page.waitForTimeout(100);
    value = await read();
  }
  return value;
}

/** One person's first visit: open, choose Spanish, stay on the next screen until the phone holds all it needs. */
async function visit(browser: Browser, dist: string): Promise<Visit> {
  const server = await startSlowLineServer({ root: dist, ...SLOW_LINE });
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 }, isMobile: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const start = server.now();
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator('[data-screen="language"] button.choice').first().waitFor({ timeout: 60_000 });
    const firstScreen = server.now() - start;
    const before = server.sent.filter((r) => r.requestedAt - start <= firstScreen);
    await page.locator(`button.choice[lang="${LANGUAGE}"]`).click();
    const says = page
      .getByText(SAYS_OFFLINE_READY)
      .waitFor({ timeout: 100_000 })
      .then(
        () => server.now() - start,
        () => null,
      );
    const kept = await pollUntil(page, () => page.evaluate(readKept, LANGUAGE), (k) => k.activated, 90_000);
    const activated = kept.activated ? server.now() - start : null;
    // An old build never keeps the face model: give it a few seconds more, then say what is missing.
    const all = await pollUntil(page, () => page.evaluate(readKept, LANGUAGE), (k) => k.activated && k.language && k.faceModel, kept.activated ? 15_000 : 0);
    const ready = all.activated && all.language && all.faceModel;
    const offlineReady = ready ? server.now() - start : null;
    // The app's own words, once it says so: an old build says it when its service worker is installed, ready or not.
    const saysReady = await Promise.race([says, new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))]);
    const until = offlineReady ?? activated ?? server.now() - start;
    const counted = server.sent.filter((r) => r.requestedAt - start <= until);
    const fetched = new Map<string, number>();
    for (const r of counted.filter((r) => r.status === 200)) fetched.set(r.path.split('?')[0]!, (fetched.get(r.path.split('?')[0]!) ?? 0) + 1);
    return {
      firstScreen,
      bytesBeforeFirstScreen: sum(before),
      scriptsBeforeFirstScreen: sum(before.filter((r) => /\.(js|css)$/.test(r.path))),
      activated,
      offlineReady,
      saysReady,
      bytesUntilReady: sum(counted),
      requests: counted.length,
      twice: [...fetched].filter(([, n]) => n > 1).map(([path]) => path),
      missing: Object.entries(all).filter(([, has]) => !has).map(([what]) => what),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * First visit behind a slow line that slows the service worker too (issue 21):
 * a 127.0.0.1 server adding 400 ms before each response and sharing 400 kbit/s
 * among all of them, with the page's CPU slowed 4× (CDP; the service worker
 * is not slowed, and needs little CPU). Offline-ready means the phone's Cache
 * Storage holds what the app needs offline: an activated service worker, the
 * chosen language and the face model. Bytes are what the server sent
 * (headers and bodies, gzip where a host would use it, not for `.bin`).
 */
export async function benchFirstVisit(runs = 3): Promise<void> {
  const targets: Array<[string, string]> = [['this build', `${ROOT}dist/pwa`]];
  if (process.env.LISTO_BENCH_BASELINE) targets.push(['baseline', process.env.LISTO_BENCH_BASELINE.replace(/\/$/, '')]);
  console.log(`\nFirst visit on a slow line (127.0.0.1 server: ${SLOW_LINE.latencyMs} ms per response, ${SLOW_LINE.bitsPerSecond / 1000} kbit/s shared by page and service worker; page CPU ${CPU_SLOWDOWN}× slower; headless Chromium, median of ${runs}; machine shared, so times swing)`);
  for (const [label, dist] of targets) {
    if (!existsSync(`${dist}/index.html`)) {
      row(label, 'not built: run `npm run build` first');
      continue;
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const visits: Visit[] = [];
    try {
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, dist));
    } finally {
      await browser.close();
    }
    const m = (pick: (v: Visit) => number | null) => {
      const values = visits.map(pick);
      return values.some((v) => v === null) ? null : median(values as number[]);
    };
    row(`${label}: first screen usable (language buttons), median`, `${seconds(m((v) => v.firstScreen))} (goal ≤ 2 s) — runs ${visits.map((v) => seconds(v.firstScreen)).join(', ')}`);
    row(`${label}: fetched before the first screen, all / JS+CSS`, `${kib(m((v) => v.bytesBeforeFirstScreen)!)} / ${kib(m((v) => v.scriptsBeforeFirstScreen)!)} (goal ≤ 25 KiB)`);
    row(`${label}: service worker activated, median`, seconds(m((v) => v.activated)));
    row(`${label}: offline-ready (language and face model kept), median`, `${seconds(m((v) => v.offlineReady))} (goal ≤ 12 s) — runs ${visits.map((v) => seconds(v.offlineReady)).join(', ')}`);
    row(`${label}: the app says it works offline, median`, seconds(m((v) => v.saysReady)));
    row(`${label}: bytes downloaded until offline-ready, median`, `${kib(m((v) => v.bytesUntilReady)!)} in ${m((v) => v.requests)} responses (goal ≤ 400 KiB)`);
    const missing = [...new Set(visits.flatMap((v) => v.missing))];
    if (missing.length) row(`${label}: NOT kept for offline`, missing.join(', '));
    const twice = [...new Set(visits.flatMap((v) => v.twice))];
    row(`${label}: fetched twice`, twice.length ? twice.join(', ') : 'nothing');
  }
}
