import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = `${ROOT}dist/extension`;
export const PWA_DIR = `${ROOT}dist/pwa`;
/** The long page of every result ("All results"), which these suites test; the guided flow is the app's start. */
export const ALL_RESULTS = '?view=all';

/** The built PWA (npm run build) served as `npm start` serves it, on a free port; `outDir` serves a copy. */
export async function servePwa(outDir?: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    mode: 'pwa',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0 },
    ...(outDir ? { build: { outDir } } : {}),
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Chromium with a normal (persistent, not incognito) profile in a fresh folder. */
export function launchProfile(args: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(`${tmpdir()}/listo-profile-`), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/** Chromium with the unpacked extension loaded (and any further flags), and the extension's id. */
export async function launchWithExtension(args: string[] = []): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await launchProfile([`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...args]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

/** Blocks a permission for an origin, as a person who pressed "Block" would (Playwright can only grant). */
export async function blockPermission(context: BrowserContext, page: Page, origin: string, name: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setPermission', { permission: { name }, setting: 'denied', origin });
  await cdp.detach();
}

export interface ServedPwa {
  /** The address of the served build (known once the suite's beforeAll has run). */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh English page on the app, once `ready` is shown. */
  open(options?: BrowserContextOptions, ready?: string): Promise<{ context: BrowserContext; page: Page }>;
}

/** Serves the built PWA and starts Chromium for the suite that calls it; both stop after it. */
export function useServedPwa(): ServedPwa {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let url = '';
  beforeAll(async () => {
    ({ server, url } = await servePwa());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const served: ServedPwa = {
    get url() {
      return url;
    },
    get browser() {
      if (!browser) throw new Error('useServedPwa: the browser starts in beforeAll');
      return browser;
    },
    async open(options = {}, ready = '[data-check="time.tzdata"]') {
      const context = await served.browser.newContext({ locale: 'en-US', ...options });
      const page = await context.newPage();
      await page.goto(`${url}${ALL_RESULTS}`);
      await page.locator(ready).waitFor();
      return { context, page };
    },
  };
  return served;
}

/** A volunteer drops a photo file (from test/fixtures/photos/) on the side panel's photo section. */
export async function dropPhoto(page: Page, photo: string): Promise<void> {
  const bytes = [...readFileSync(`${ROOT}test/fixtures/photos/${photo}`)];
  await page.locator('#photo-section').waitFor();
  const transfer = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'client.jpg', { type: 'image/jpeg' }));
    return data;
  }, bytes);
  await page.dispatchEvent('#photo-section', 'drop', { dataTransfer: transfer });
}
