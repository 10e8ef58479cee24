import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT, hostileExifJpeg } from '../fuzz/hostile-exif';
import { ROOT, useServedPwa, ALL_RESULTS } from './harness';

/**
 * Broken platforms, in Debian Chromium, on the built PWA under its strict CSP:
 * each test breaks one API before the app loads (page.addInitScript) and
 * asserts that the page shows no uncaught error, that no CSP violation was
 * reported, and that the findings the API feeds end as "unknown" with an
 * explanation. Selectors: the findings, `[data-check="…"][data-status="…"]`
 * (shared/ui/flow/step-findings.tsx), the step actions `[data-action="location"]` and `#photo-input`.
 */

const pwa = useServedPwa();

interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  violations: string[];
}

async function openBroken(breakIt: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await pwa.browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const violations: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.addInitScript(breakIt);
  await page.goto(`${pwa.url}${ALL_RESULTS}`);
  await page.locator('[data-check="time.tzdata"]').waitFor();
  return { context, page, errors, violations };
}

const finding = (page: Page, check: string) => page.locator(`[data-check="${check}"]`);

async function expectUnknownWithWords(page: Page, check: string): Promise<void> {
  const card = page.locator(`[data-check="${check}"][data-status="unknown"]`);
  await card.waitFor({ timeout: 30_000 });
  const text = (await card.textContent()) ?? '';
  // An explanation, not a bare status: more than the title and the status word.
  expect(text.length, `${check} explains itself`).toBeGreaterThan(40);
  expect(text).not.toMatch(/NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
}

async function expectClean({ context, errors, violations }: Watched): Promise<void> {
  expect(errors, 'uncaught errors').toEqual([]);
  expect(violations, 'CSP violations').toEqual([]);
  await context.close();
}

describe('the PWA when the platform is broken', () => {
  it('runs under its CSP with nothing broken: no uncaught error, no violation', async () => {
    const watched = await openBroken('void 0');
    await expect.poll(() => finding(watched.page, 'time.clock').getAttribute('data-status')).toBe('pass');
    await expectClean(watched);
  });

  it('navigator.storage.estimate throws: storage.quota is unknown', async () => {
    const watched = await openBroken(`
      navigator.storage.estimate = () => { throw new Error('estimate broken'); };
    `);
    await expectUnknownWithWords(watched.page, 'storage.quota');
    await expectClean(watched);
  });

  it('caches is undefined: storage.cache is unknown', async () => {
    const watched = await openBroken(`
      Object.defineProperty(globalThis, 'caches', { value: undefined, configurable: true });
    `);
    await expectUnknownWithWords(watched.page, 'storage.cache');
    await expectClean(watched);
  });

  it('Intl names no time zone: the zone and tz-data checks are unknown, the clock is still judged', async () => {
    const watched = await openBroken(`
      const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
      Intl.DateTimeFormat.prototype.resolvedOptions = function () { return { ...resolved.call(this), timeZone: undefined }; };
    `);
    await expectUnknownWithWords(watched.page, 'time.zone');
    await expectUnknownWithWords(watched.page, 'time.tzdata');
    await expect.poll(() => finding(watched.page, 'time.clock').getAttribute('data-status')).toBe('pass');
    await expectClean(watched);
  });

  it('geolocation never answers: the request ends by our own watchdog, and the zone stays unknown', async () => {
    const watched = await openBroken(
      `navigator.geolocation.getCurrentPosition = () => {}; navigator.geolocation.watchPosition = () => 0;`,
      { permissions: ['geolocation'] },
    );
    await watched.page.click('[data-action="location"]');
    // High accuracy waits 15 s + 2 s, then low accuracy 7.5 s + 2 s (shared/probes/location-probe.ts).
    const permission = watched.page.locator('[data-check="location.permission"]:not([data-status="pass"])');
    await permission.waitFor({ timeout: 40_000 });
    await expect.poll(() => permission.textContent()).toMatch(/time|long|answer|respond/i);
    await expectUnknownWithWords(watched.page, 'time.zone');
    await expectClean(watched);
  }, 90_000);

  it('ImageDecoder is missing: a photo is still measured (createImageBitmap)', async () => {
    const watched = await openBroken(`delete globalThis.ImageDecoder;`);
    await watched.page.setInputFiles('#photo-input', `${ROOT}test/fixtures/photos/canon-face.jpg`);
    const exposure = finding(watched.page, 'photo.exposure');
    await exposure.waitFor({ timeout: 30_000 });
    await expect.poll(() => exposure.getAttribute('data-status')).not.toBe('unknown');
    await expectClean(watched);
  });

  it('the photo worker cannot start: the photo ends as "could not read this photo", and the page stays whole', async () => {
    // The page never measures photos itself (a pathological file could freeze it): without a worker there is no pixel verdict.
    const watched = await openBroken(`
      globalThis.Worker = function () { throw new Error('workers are off'); };
    `);
    await watched.page.setInputFiles('#photo-input', `${ROOT}test/fixtures/photos/canon-face.jpg`);
    const failed = watched.page.locator('[data-failed="photo"]');
    await failed.waitFor({ timeout: 30_000 });
    await expect.poll(() => failed.textContent()).toMatch(/could not read this photo/i);
    await expect.poll(() => watched.page.getByRole('button', { name: 'Choose a photo', exact: true }).isEnabled()).toBe(true);
    await expectClean(watched);
  });
});

describe('a photo whose EXIF text holds markup and script', () => {
  it('is shown as text: no element is made from it and nothing runs', async () => {
    const watched = await openBroken('void 0');
    const { page } = watched;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setInputFiles('#photo-input', { name: 'hostile.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(hostileExifJpeg()) });
    const metadata = finding(page, 'photo.metadata');
    await metadata.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('img[src="x"]').count()).toBe(0);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || s.textContent));
    expect(scripts.some((s) => s?.includes('__listoXss'))).toBe(false);
    await expect.poll(() => page.evaluate(() => (globalThis as { __listoXss?: number }).__listoXss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect.poll(() => metadata.textContent()).toContain(`${HOSTILE_TEXT}#make`);
    await expectClean(watched);
  });
});
