import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SLOW_LINE, startSlowLineServer, type SlowLineServer } from '../../bench/slow-line-server';
import { ALL_RESULTS, PWA_DIR, ROOT, launchBrowser } from './harness';

/**
 * Issue 21: on a slow line a person reached the photo step before the
 * service worker controlled the page; the face model was fetched uncached,
 * and later, offline, the face check blamed the phone. Here the whole first
 * visit crosses a slow line that slows the service worker too (DevTools
 * throttling would not), and the phone goes offline as soon as the app says
 * it works offline — not one reload later.
 */
const FACE_PHOTO = `${ROOT}test/fixtures/photos/canon-face.jpg`;
const SAYS_OFFLINE_READY = 'Listo now works in this browser without internet.';

let server: SlowLineServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSlowLineServer({ root: PWA_DIR, ...SLOW_LINE });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a first visit on a slow line, then offline', () => {
  it('judges a face photo with the face found, once the app has said it works offline', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}${ALL_RESULTS}`);
    await page.getByText(SAYS_OFFLINE_READY).waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    await page.setInputFiles('#photo-input', FACE_PHOTO);
    // A cold worker and the model's first decode, on a machine shared with other runs: a generous wait.
    const face = page.locator('[data-check="photo.face"]');
    await face.waitFor({ timeout: 60_000 });
    await expect(face.getAttribute('data-status')).resolves.toBe('pass');
    await expect(face.textContent()).resolves.not.toMatch(/could not be checked/i);
    // The first visit's files crossed the line once each (the HTTP cache answered the service worker).
    const fetched = server.sent.filter((r) => r.status === 200).map((r) => r.path.split('?')[0]!);
    expect(fetched.filter((path, i) => path !== '/' && fetched.indexOf(path) !== i)).toEqual([]);
    await context.close();
  });
});
