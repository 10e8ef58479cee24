import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, dropPhoto, launchWithExtension, useServedPwa, ALL_RESULTS } from './harness';

/**
 * The face detector in the built PWA (issue #11), in Debian's Chromium: it
 * loads only when a photo is checked, from the PWA's own origin, and the
 * photo's findings then speak of the face itself.
 */
const PHOTOS = `${ROOT}test/fixtures/photos/`;
/** A close-up with one face. */
const FACE_PHOTO = 'canon-face.jpg';
const pwa = useServedPwa();

interface Logged {
  url: string;
  fromServiceWorker: boolean;
}

async function openApp(): Promise<{ context: BrowserContext; page: Page; requests: Logged[] }> {
  const context = await pwa.browser.newContext({ locale: 'en-US' });
  const requests: Logged[] = [];
  context.on('request', (request) => requests.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null }));
  const page = await context.newPage();
  await page.goto(`${pwa.url}${ALL_RESULTS}`);
  await page.locator('[data-check="time.tzdata"]').waitFor();
  return { context, page, requests };
}

async function choose(page: Page, file: string): Promise<void> {
  await page.setInputFiles('#photo-input', `${PHOTOS}${file}`);
  await page.locator('[data-check="photo.face"]').waitFor({ timeout: 30_000 });
}

const statusOf = (page: Page, check: string) => page.locator(`[data-check="${check}"]`).getAttribute('data-status');
const textOf = (page: Page, check: string) => page.locator(`[data-check="${check}"]`).textContent();
// The weights travel as a gzip copy (.bin.gz) where the browser can inflate it, else as the plain .bin.
const isModel = (url: string) => /\.bin(\.gz)?$/.test(new URL(url, 'http://x/').pathname);

describe('the face detector in the PWA', () => {
  it('is not part of the first load: the page asks for no model and no detector code before a photo is chosen', async () => {
    const { context, requests } = await openApp();
    const byPage = requests.filter((r) => !r.fromServiceWorker).map((r) => new URL(r.url).pathname);
    expect(byPage.some((path) => /\/assets\/index-/.test(path))).toBe(true);
    expect(byPage.filter((path) => isModel(path) || /\/assets\/load-/.test(path))).toEqual([]);
    await context.close();
  });

  it('finds the face in a close-up, judges the light on the face, and loads the model from our own origin', async () => {
    const { context, page, requests } = await openApp();
    await choose(page, 'canon-face.jpg');
    await expect.poll(() => statusOf(page, 'photo.face')).toBe('pass');
    await expect.poll(() => textOf(page, 'photo.face')).toContain('One face found');
    // The box (x,y w×h in analysis pixels) is in the evidence.
    await expect.poll(() => textOf(page, 'photo.face')).toMatch(/\d+,-?\d+ \d+×\d+/);
    // The head in this photo is tilted about 23°, and the face fills more than the frame.
    await expect.poll(() => statusOf(page, 'photo.head-roll')).toBe('fail');
    await expect.poll(() => statusOf(page, 'photo.face-size')).toBe('warn');
    // Exposure and backlight were measured on the detected face, not the centre proxy.
    // (the figures are labelled in the shown language: evidence.faceRegion.detected*)
    await expect.poll(() => textOf(page, 'photo.backlight')).toContain('the face found (an oval inside the face box)');
    await expect.poll(() => textOf(page, 'photo.exposure')).toContain('the face found (an oval inside the face box)');
    // The exposure picture frames that same face: the box of the evidence, in yellow on the canvas.
    const [x, y, width, height] = (await textOf(page, 'photo.face'))!.match(/(-?\d+),(-?\d+) (\d+)×(\d+)/)!.slice(1).map(Number) as [number, number, number, number];
    const framed = page.locator('.photo-picture[data-face-box]');
    await framed.waitFor();
    await expect.poll(() => framed.getAttribute('data-face-box')).toBe([x, y, width, height].join(','));
    const edge = await framed.locator('canvas').evaluate((canvas: HTMLCanvasElement, [left, top, , h]) => {
      // The middle of the box's left edge, clipped to the picture as the frame is.
      const px = Math.max(0, left!);
      const py = Math.round(Math.max(0, top!) + (Math.min(canvas.height, top! + h!) - Math.max(0, top!)) / 2);
      return [...canvas.getContext('2d')!.getImageData(px, py, 1, 1).data];
    }, [x, y, width, height]);
    expect(edge.slice(0, 3)).toEqual([255, 214, 0]);
    const models = requests.filter((r) => isModel(r.url)).map((r) => r.url);
    expect(models.some((url) => url.includes('tiny_face_detector_model'))).toBe(true);
    expect(models.some((url) => url.includes('face_landmark_68_tiny_model'))).toBe(true);
    // Every request, the page's, the workers' and the service worker's, went to the PWA's own origin.
    expect(requests.map((r) => r.url).filter((url) => !url.startsWith(pwa.url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('says when a photo has no face, and falls back to the centre proxy for backlight, saying so', async () => {
    const { context, page } = await openApp();
    await choose(page, 'motorola-xt912-leaves.jpg');
    await expect.poll(() => statusOf(page, 'photo.face')).toBe('warn');
    await expect.poll(() => textOf(page, 'photo.face')).toContain('Listo could not find a face in this photo');
    await expect.poll(() => statusOf(page, 'photo.head-roll')).toBe('unknown');
    await expect.poll(() => textOf(page, 'photo.backlight')).toContain('the middle of the photo (no face found)');
    await page.locator('.photo-picture canvas').waitFor();
    await expect.poll(() => page.locator('.photo-picture[data-face-box]').count()).toBe(0);
    await context.close();
  });

  it('keeps the model, so the detector works offline from then on', async () => {
    // Precached with the app shell (issue 21): offline-ready includes the face model.
    const sw = await (await fetch(`${pwa.url}sw.js`)).text();
    expect(sw).toMatch(/tiny_face_detector_model-[\w-]+\.bin/);
    const { context, page } = await openApp();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.locator('[data-check="time.tzdata"]').waitFor();
    await choose(page, FACE_PHOTO);
    await expect.poll(() => statusOf(page, 'photo.face')).toBe('pass');
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-check="time.tzdata"]').waitFor();
    await choose(page, FACE_PHOTO);
    await expect.poll(() => textOf(page, 'photo.face')).toMatch(/\d+,-?\d+ \d+×\d+/);
    await context.close();
  });
});

describe('the face detector in the extension side panel', () => {
  it('finds the face in a client photo, with the model from the extension itself', async () => {
    const { context, extensionId } = await launchWithExtension();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await dropPhoto(page, 'canon-face.jpg');
    await page.locator('[data-check="photo.face"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => statusOf(page, 'photo.face')).toBe('pass');
    expect(requests.filter((url) => isModel(url)).every((url) => url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
    expect(requests.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
