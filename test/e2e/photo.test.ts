import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import jpeg from 'jpeg-js';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { judge, profiles, readPhotoMetadata } from '../../shared/index';
import { withOrientation } from '../photo/exif-orientation';
import { ROOT, dropPhoto, launchWithExtension, useServedPwa, ALL_RESULTS } from './harness';

const PHOTOS = `${ROOT}test/fixtures/photos/`;
const limits = profiles['cbp-one'].photo;

const pwa = useServedPwa();

async function openApp(): Promise<{ context: BrowserContext; page: Page; workers: string[] }> {
  const context = await pwa.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${pwa.url}${ALL_RESULTS}`);
  await page.locator('[data-check="time.tzdata"]').waitFor();
  return { context, page, workers };
}

/** Chooses a photo on All results and waits for its verdict: a new photo shown, the step no longer busy. */
async function choose(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const shown = () => page.evaluate(() => document.querySelector<HTMLImageElement>('[data-step="photo"] img.flow__photo')?.src ?? null);
  const before = await shown();
  await page.setInputFiles('#photo-input', typeof file === 'string' ? `${PHOTOS}${file}` : file);
  await expect
    .poll(() =>
      page.evaluate((before) => {
        const photo = document.querySelector<HTMLImageElement>('[data-step="photo"] img.flow__photo');
        const chooseButton = document.querySelector<HTMLButtonElement>('[data-step="photo"] [data-action="photo-choose"]');
        return photo !== null && photo.src !== before && chooseButton?.disabled === false && document.querySelector('[data-check="photo.file"]') !== null;
      }, before),
    )
    .toBe(true);
}

const statusOf = (page: Page, check: string) => page.locator(`[data-check="${check}"]`).getAttribute('data-status');

/** Makes the app-ready copy, waits until the same checks have judged it, and saves it. */
async function fixAndDownload(page: Page): Promise<Uint8Array> {
  await page.click('#photo-fix');
  await page.locator('#photo-save').waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#photo-save')]);
  return new Uint8Array(readFileSync((await download.path())!));
}

describe('the photo check in the PWA', () => {
  it('offers "take a selfie" with the front camera and "choose a photo"', async () => {
    const { context, page } = await openApp();
    await expect.poll(() => page.locator('#photo-take-input').getAttribute('capture')).toBe('user');
    await expect.poll(() => page.locator('#photo-take-input').getAttribute('accept')).toBe('image/*');
    await expect.poll(() => page.locator('#photo-input').getAttribute('capture')).toBeNull();
    await expect.poll(() => page.getByRole('button', { name: 'Take a selfie', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Choose a photo', exact: true }).count()).toBe(1);
    await context.close();
  });

  it('checks a 2 MB phone photo in a worker, shows the picture and histogram, and makes a copy under the limit', async () => {
    const { context, page, workers } = await openApp();
    await choose(page, 'motorola-xt912-leaves.jpg');
    await expect.poll(() => statusOf(page, 'photo.file')).toBe('warn');
    await expect.poll(() => statusOf(page, 'photo.exposure')).toBe('pass');
    await expect.poll(() => statusOf(page, 'photo.sharpness')).toBe('pass');
    await expect.poll(() => page.locator('.photo-picture canvas').count()).toBe(1);
    await expect.poll(() => page.locator('.photo-histogram svg [data-band="accepted"]').count()).toBe(1);
    const copy = await fixAndDownload(page);
    expect(copy.length).toBeLessThanOrEqual(limits.maxBytes.value);
    const meta = await readPhotoMetadata(copy);
    expect(meta).toMatchObject({ format: 'jpeg', hasGps: false });
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(limits.maxSide.value);
    // The photo work ran in our own module worker from the production build, on our origin (no CDN).
    expect(workers.filter((w) => /photo\.worker-.*\.js$/.test(w)).length).toBeGreaterThanOrEqual(1);
    expect(workers.some((w) => !w.startsWith(pwa.url))).toBe(false);
    await context.close();
  });

  it('warns about GPS in a photo, and the copy carries none', async () => {
    const { context, page } = await openApp();
    await choose(page, 'nokia-lumia820-gps.jpg');
    await expect.poll(() => statusOf(page, 'photo.metadata')).toBe('warn');
    const meta = await readPhotoMetadata(await fixAndDownload(page));
    expect(meta.hasGps).toBe(false);
    expect(meta.make).toBeNull();
    await context.close();
  });

  it('turns each of the eight EXIF orientations the right way (the copy matches the upright original)', async () => {
    const upright = jpeg.decode(readFileSync(`${PHOTOS}hopper.jpg`), { useTArray: true });
    const { context, page } = await openApp();
    for (const n of [2, 3, 4, 5, 6, 7, 8]) {
      await choose(page, `hopper_orientation_${n}.jpg`);
      const bytes = await fixAndDownload(page);
      const copy = jpeg.decode(bytes, { useTArray: true });
      expect([copy.width, copy.height]).toEqual([128, 128]);
      let diff = 0;
      for (let i = 0; i < copy.data.length; i++) diff += Math.abs(copy.data[i]! - upright.data[i]!);
      expect(diff / copy.data.length, `orientation ${n}`).toBeLessThan(12);
      expect((await readPhotoMetadata(bytes)).orientationTagged).toBe(false);
    }
    await context.close();
  });

  it('flags the dark Nikon frame and the blown-out, blurry Xiaomi', async () => {
    const { context, page } = await openApp();
    await choose(page, 'nikon-d7000-dark.jpg');
    await expect.poll(() => statusOf(page, 'photo.exposure')).toBe('fail');
    await choose(page, 'xiaomi-mi3-overexposed-blurry.jpg');
    await page.locator('[data-check="photo.sharpness"]').waitFor();
    await expect.poll(() => statusOf(page, 'photo.exposure')).toBe('fail');
    await expect.poll(() => statusOf(page, 'photo.sharpness')).toBe('fail');
    await context.close();
  });

  it('stops making the copy when asked, and says the photo was not changed', async () => {
    const { context, page } = await openApp();
    await choose(page, 'motorola-xt912-leaves.jpg');
    // The copy takes a few hundred milliseconds now: press Stop in the same moment, while it is working.
    // Stop appears with the next frame; it is pressed the moment it does, in the page itself.
    await page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('#photo-fix')!.click();
      for (let i = 0; i < 200; i++) {
        const stop = document.querySelector<HTMLButtonElement>('#photo-fix-cancel');
        if (stop) return stop.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      throw new Error('Stop never appeared while the copy was being made');
    });
    await page.getByText('Stopped. Your photo was not changed.').waitFor();
    await expect.poll(() => page.locator('#photo-save').count()).toBe(0);
    await expect.poll(() => page.locator('#photo-copy-shown').count()).toBe(0);
    await context.close();
  });

  it('handles bad input with a clear finding and no crash', async () => {
    const { context, page } = await openApp();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await choose(page, { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.locator('[data-check="photo.file"]').textContent()).toContain('The file is empty');
    await choose(page, { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect.poll(() => page.locator('[data-check="photo.file"]').textContent()).toContain('not a photo');
    const truncated = readFileSync(`${PHOTOS}motorola-xt912-leaves.jpg`).subarray(0, 30_000);
    await choose(page, { name: 'cut.jpg', mimeType: 'image/jpeg', buffer: truncated });
    await expect.poll(() => statusOf(page, 'photo.file')).toBe('fail');
    await choose(page, 'iphone-xr-gps-orientation6.heic');
    await expect.poll(() => page.locator('[data-check="photo.file"]').textContent()).toContain('HEIC');
    await choose(page, 'animated.gif');
    await expect.poll(() => page.locator('[data-check="photo.file"]').textContent()).toContain('moving picture');
    await choose(page, 'transparent.png');
    await expect.poll(() => page.locator('[data-check="photo.file"]').textContent()).toContain('see-through');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows HTML in EXIF text as text, never as markup', async () => {
    const original = readFileSync(`${PHOTOS}canon-face.jpg`);
    const model = 'Canon EOS DIGITAL REBEL XT';
    const evil = '<img src=x onerror=bad()>'.padEnd(model.length, ' ');
    const at = original.indexOf(model);
    const bytes = Buffer.concat([original.subarray(0, at), Buffer.from(evil), original.subarray(at + model.length)]);
    const { context, page } = await openApp();
    await choose(page, { name: 'evil.jpg', mimeType: 'image/jpeg', buffer: bytes });
    await expect.poll(() => page.locator('[data-check="photo.metadata"]').textContent()).toContain('<img src=x onerror=bad()>');
    await expect.poll(() => page.locator('img:not(.flow__photo)').count()).toBe(0);
    await context.close();
  });

  it('has no serious accessibility violations with a photo checked and its copy made', async () => {
    const { context, page } = await openApp();
    await choose(page, 'nokia-lumia820-gps.jpg');
    await fixAndDownload(page);
    const results = await new AxeBuilder({ page }).include('[data-step="photo"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('precaches the lazily loaded photo code for offline use, each library once', () => {
    const sw = readFileSync(`${ROOT}dist/pwa/sw.js`, 'utf8');
    for (const chunk of [/photo\.worker-[\w-]+\.js/, /lite\.esm-[\w-]+\.js/]) expect(sw).toMatch(chunk);
    // exifr ships in the worker's chunk only: the page never imports it (issue 13). The fixer needs no library.
    expect(sw.match(/lite\.esm-[\w-]+\.js/g)).toHaveLength(1);
    expect(sw).not.toMatch(/browser-image-compression/);
  });

  it('draws the exposure overlay of a photo stored sideways (EXIF orientation 6) over the half the person sees dark', async () => {
    // Stored 1200×900 with its LEFT half dark; orientation 6 turns it a quarter clockwise, so the TOP half shows dark.
    const [w, h] = [1200, 900];
    const data = Buffer.alloc(w * h * 4);
    let seed = 7;
    const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 21) - 10;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        const v = (x < w / 2 ? 12 : 170) + noise();
        data.fill(v, i, i + 3);
        data[i + 3] = 255;
      }
    }
    const bytes = withOrientation(new Uint8Array(jpeg.encode({ data, width: w, height: h }, 90).data), 6);
    const { context, page } = await openApp();
    await choose(page, { name: 'sideways.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(bytes) });
    await page.locator('.photo-picture canvas').waitFor();
    // Findings come before the picture that explains them.
    await expect.poll(() => page.evaluate(() => {
      const findings = document.querySelector('[data-step="photo"] [data-check]')!;
      return Boolean(findings.compareDocumentPosition(document.querySelector('.photo-picture')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    const marks = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.photo-picture canvas')!;
      const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const share = (y0: number, y1: number) => {
        let blue = 0;
        for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) if (data[(y * width + x) * 4 + 2] === 255) blue++;
        return blue / ((y1 - y0) * width);
      };
      return { width, height, top: share(0, Math.floor(height * 0.45)), bottom: share(Math.ceil(height * 0.55), height) };
    });
    expect(marks.height).toBeGreaterThan(marks.width); // portrait, as the phone shows it
    expect(marks.top).toBeGreaterThan(0.9);
    expect(marks.bottom).toBeLessThan(0.05);
    await context.close();
  });

  it('never decodes the photo again on the page: the picture comes from the worker\'s pixels', async () => {
    const context = await pwa.browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      const w = window as unknown as { decodes: number };
      w.decodes = 0;
      const original = window.createImageBitmap.bind(window);
      window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) => (w.decodes++, original(...args))) as typeof createImageBitmap;
    });
    const page = await context.newPage();
    await page.goto(`${pwa.url}${ALL_RESULTS}`);
    await page.locator('[data-check="time.tzdata"]').waitFor();
    await choose(page, 'motorola-xt912-leaves.jpg');
    await page.locator('.photo-picture canvas').waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { decodes: number }).decodes)).toBe(0);
    await context.close();
  });

  it('judges the fixed copy before calling it ready, and the copy passes photo.file under every shipped profile', async () => {
    const { context, page } = await openApp();
    for (const profile of Object.values(profiles)) {
      await page.selectOption('#profile', profile.id);
      await choose(page, 'motorola-xt912-leaves.jpg');
      const bytes = await fixAndDownload(page);
      // The app's own verdict on the copy, from the same checks run on the copy's bytes: the file is fine now
      // (a photo of leaves has no face, which only a new photo mends).
      await expect.poll(() => page.locator('#photo-copy-shown').count(), { message: profile.id }).toBe(1);
      await expect.poll(() => statusOf(page, 'photo.file'), { message: profile.id }).toBe('pass');
      // And independently, here.
      const metadata = await readPhotoMetadata(bytes);
      const file = judge({ photo: { metadata } }, profile).find((f) => f.check === 'photo.file')!;
      expect(file.status, `${profile.id}: ${JSON.stringify(file.evidence)}`).toBe('pass');
      expect(metadata.width * metadata.height).toBeLessThanOrEqual(profile.photo.maxMegapixels.value * 1e6);
    }
    await context.close();
  });

  it('offers no copy where a copy mends nothing: a backlit photo must be taken again', async () => {
    const { context, page } = await openApp();
    // A bright surround and a dark middle, with texture, at a phone-like size.
    const [w, h] = [1600, 1200];
    const data = Buffer.alloc(w * h * 4);
    let seed = 11;
    const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 31) - 15;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        const inside = ((x - w / 2) / (w * 0.3)) ** 2 + ((y - h / 2) / (h * 0.35)) ** 2 < 1;
        // A window behind: blown out, which backlight needs before it blames the light (no face is found here).
        data.fill(inside ? 40 + noise() : 255, i, i + 3);
        data[i + 3] = 255;
      }
    }
    await choose(page, { name: 'backlit.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg.encode({ data, width: w, height: h }, 90).data) });
    await expect.poll(() => statusOf(page, 'photo.backlight')).toBe('fail');
    await expect.poll(() => statusOf(page, 'photo.exposure')).not.toBe('pass');
    // A copy is offered only for what a copy mends (the file, its rotation, its hidden data), never for the light.
    const mendable = await Promise.all(['photo.file', 'photo.orientation', 'photo.metadata'].map((check) => statusOf(page, check)));
    await expect.poll(() => page.locator('#photo-fix').count()).toBe(mendable.some((status) => status === 'warn' || status === 'fail') ? 1 : 0);
    // Its fix is a new photo, with the light in front.
    await expect.poll(() => page.locator('[data-check="photo.backlight"] [data-fix]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the photo fixer in the extension side panel', () => {
  it('checks a client photo and makes the copy, without remote code', async () => {
    const { context, extensionId } = await launchWithExtension();
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    // A volunteer drops the client's photo on the section.
    await dropPhoto(page, 'nokia-lumia820-gps.jpg');
    await page.locator('[data-check="photo.file"]').waitFor();
    await expect.poll(() => statusOf(page, 'photo.metadata')).toBe('warn');
    await page.click('#photo-fix');
    await page.locator('#photo-copy-shown').waitFor({ timeout: 60_000 });
    // The copy, judged again, carries no location.
    await expect.poll(() => statusOf(page, 'photo.metadata')).toBe('pass');
    await context.close();
  });
});
