import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeHelperCode, recordedStatuses } from '../../shared/report/index';
import { expectAccessible, shoot } from './accessible';
import { ROOT, useServedPwa } from './harness';

const pwa = useServedPwa();
const FACE = `${ROOT}test/fixtures/photos/canon-face.jpg`;
/** The trainer's selfie that passes every check (420×560, drawn by npm run scenarios). */
const FINE_SELFIE = `${ROOT}shared/scenarios/photos/selfie-fine.jpg`;
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, userAgent: ANDROID, locale: 'en-US' };
const CIUDAD_JUAREZ = { latitude: 31.6904, longitude: -106.4245, accuracy: 20 };

async function open(options: Parameters<typeof pwa.browser.newContext>[0]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await pwa.browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  await page.goto(pwa.url);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await onScreen(page, 'profile');
  return { context, page };
}

const onScreen = (page: Page, name: string) => page.locator(`[data-screen="${name}"]`).waitFor();

async function skip(page: Page, step: string): Promise<void> {
  await onScreen(page, `step-${step}`);
  await page.locator(`[data-screen="step-${step}"]`).getByRole('button', { name: 'Skip this step' }).click();
}

async function choosePhoto(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-action="photo-choose"]').click();
  await (await chooser).setFiles(file);
}

/** A 12 MP (3000×4000) JPEG of a good selfie, drawn large by the browser's own encoder, as a phone camera makes. */
async function twelveMegapixelSelfie(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async (face) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(face), (c) => c.charCodeAt(0))], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(3000, 4000);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, 3000, 4000);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, readFileSync(FINE_SELFIE).toString('base64'));
  return Buffer.from(base64, 'base64');
}

describe('one app: the guided flow does everything', () => {
  it('shows a wrong time zone and its numbered fix steps on the Time step, before the photo (Cancún zone in Ciudad Juárez)', async () => {
    const { context, page } = await open({ timezoneId: 'America/Cancun', geolocation: CIUDAD_JUAREZ, permissions: ['geolocation'] });
    await page.locator('[data-profile="cbp-one"]').click();
    await onScreen(page, 'step-location');
    await page.locator('[data-action="location"]').click();
    await page.locator('.verdict').waitFor();
    await page.locator('#next').click();
    await onScreen(page, 'step-time');
    await page.locator('[data-action="time"]').click();
    const zone = page.locator('[data-screen="step-time"] .how-to-fix [data-check="time.zone"]');
    await expect.poll(() => zone.getAttribute('data-status')).toBe('fail');
    await expect.poll(() => zone.locator('.finding__message').textContent()).toMatch(/hours? ahead/);
    await expect.poll(() => zone.locator('[data-fix] ol li').count()).toBeGreaterThan(2);
    await expectAccessible(page, 'time-zone-wrong');
    await shoot(page, 'one-app-time-zone-wrong');
    await context.close();
  });

  it('makes the app-ready copy of a 12 MP (3000×4000) photo on the photo step, and judges the copy fine there (CBP Home)', { timeout: 180_000 }, async () => {
    const { context, page } = await open({});
    const photo = await twelveMegapixelSelfie(page);
    await page.locator('[data-profile="cbp-home"]').click();
    await skip(page, 'location');
    await skip(page, 'time');
    await onScreen(page, 'step-photo');
    // Both ways to a photo: the camera, and a photo already taken.
    await expect.poll(() => page.locator('#photo-take-input').getAttribute('capture')).toBe('user');
    await expect.poll(() => page.locator('#photo-input').getAttribute('capture')).toBeNull();
    await choosePhoto(page, { name: 'camera.jpg', mimeType: 'image/jpeg', buffer: photo });
    const file = page.locator('[data-screen="step-photo"] [data-check="photo.file"]');
    await expect.poll(() => file.getAttribute('data-status')).not.toBe('pass');
    // The fix names the button; it is on this screen.
    await expect.poll(() => page.locator('[data-screen="step-photo"] .how-to-fix').textContent()).toContain('Make an app-ready copy');
    await expectAccessible(page, 'photo-too-large');
    await page.getByRole('button', { name: 'Make an app-ready copy' }).click();
    await page.locator('#photo-copy-shown').waitFor({ timeout: 120_000 });
    await expect.poll(() => file.getAttribute('data-status')).toBe('pass');
    await shoot(page, 'one-app-photo-copy');
    await expect.poll(() => page.locator('[data-screen="step-photo"] .how-to-fix [data-check^="photo."]').evaluateAll((open) => open.map((f) => `${f.getAttribute('data-check')} ${f.textContent}`))).toEqual([]);
    await expect.poll(() => page.locator('#photo-save').getAttribute('download')).toBe('listo-photo.jpg');
    await expectAccessible(page, 'photo-copy');
    await shoot(page, 'one-app-photo-copy');
    await context.close();
  });

  it("goes back a screen with the phone's Back, never out of the app, and About's Back returns where it was", async () => {
    const { context, page } = await open({});
    await page.locator('[data-profile="cbp-one"]').click();
    await skip(page, 'location');
    await onScreen(page, 'step-time');
    await page.goBack();
    await onScreen(page, 'step-location');
    await page.goBack();
    await onScreen(page, 'profile');
    await page.goForward();
    await onScreen(page, 'step-location');
    // A reload stays on the step.
    await page.reload();
    await onScreen(page, 'step-location');
    await page.getByRole('button', { name: 'About Listo' }).click();
    await onScreen(page, 'about');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await onScreen(page, 'step-location');
    await context.close();
  });

  it('shows a photo checked in the flow in All results and in the helper code', async () => {
    const { context, page } = await open({});
    await page.locator('[data-profile="cbp-one"]').click();
    await skip(page, 'location');
    await skip(page, 'time');
    await onScreen(page, 'step-photo');
    await choosePhoto(page, FACE);
    await page.locator('.verdict').waitFor({ timeout: 90_000 });
    await page.locator('#next').click();
    await skip(page, 'phone');
    await onScreen(page, 'summary');
    await page.locator('#all-results').click();
    await onScreen(page, 'all');
    const photoSection = page.locator('[data-screen="all"] [data-step="photo"]');
    await expect.poll(() => photoSection.locator('[data-check="photo.face"]').count()).toBe(1);
    await expect.poll(() => photoSection.locator('img.flow__photo').count()).toBe(1);
    // The same photo's light, drawn from the pixels the flow measured: the picture with the face framed, and the histogram.
    await expect.poll(() => photoSection.locator('.photo-picture[data-face-box] canvas').count()).toBe(1);
    await expect.poll(() => photoSection.locator('.photo-histogram svg [data-mean]').count()).toBe(1);
    const shownExposure = await photoSection.locator('[data-check="photo.exposure"]').getAttribute('data-status');
    await expectAccessible(page, 'all-results');
    await shoot(page, 'one-app-all-results');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await onScreen(page, 'summary');
    await page.locator('#show-helper').click();
    await page.locator('[data-code]').waitFor();
    // The code wraps between its groups of four, never inside one; without a position, no box to tick is mentioned.
    await expect.poll(() => page.locator('.helper-code__group').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.helper-code__group').evaluateAll((groups) => groups.filter((g) => g.getClientRects().length !== 1).length)).toBe(0);
    await expect.poll(() => page.locator('[data-screen="helper"]').textContent()).toContain('no photo, no name and no location');
    const decoded = decodeHelperCode((await page.locator('[data-code]').getAttribute('data-code'))!);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(recordedStatuses(decoded.report)['photo.exposure']).toBe(shownExposure);
    await context.close();
  });

  it('keeps a demo on All results: banner shown, the recorded phone judged', async () => {
    const { context, page } = await open({});
    await page.getByRole('button', { name: 'Trainer mode' }).click();
    await page.locator('[data-scenario="selfie-too-dark"]').click();
    await onScreen(page, 'profile');
    await page.locator('button.choice--current').click();
    await onScreen(page, 'step-location');
    // The scenario's selfie is shown on the photo step only.
    await page.locator('[data-action="location"]').click();
    await page.locator('.verdict').waitFor();
    await expect.poll(() => page.locator('img.flow__photo').count()).toBe(0);
    await page.locator('#next').click();
    await skip(page, 'time');
    await page.locator('[data-action="photo"]').click();
    await page.locator('.verdict').waitFor();
    await expect.poll(() => page.locator('img.flow__photo').count()).toBe(1);
    await page.getByRole('button', { name: 'All results (for helpers)' }).click();
    await onScreen(page, 'all');
    await expect.poll(() => page.locator('.demo-banner').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-screen="all"] [data-check="photo.exposure"]').first().getAttribute('data-status')).toBe('fail');
    await context.close();
  });

  it('shows how to put Listo on the home screen, for Android and iPhone, from the footer', async () => {
    const { context, page } = await open({});
    await page.getByRole('button', { name: 'Put Listo on the home screen' }).click();
    await onScreen(page, 'install');
    await expect.poll(() => page.locator('[data-platform="android"] li').count()).toBe(3);
    await expect.poll(() => page.locator('[data-platform="iphone"] li').nth(2).textContent()).toContain('Add to Home Screen');
    await expectAccessible(page, 'install');
    await shoot(page, 'one-app-install');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await onScreen(page, 'profile');
    await context.close();
  });
});
