import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portrait, scene, type SceneKind } from '../photo/coach/scenes';
import { y4mVideo } from '../photo/coach/y4m';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { blockPermission, servePwa } from './harness';

/**
 * The selfie coach (issue 24) in Debian's Chromium, with a fake front camera
 * playing a scene derived from a real portrait (test/fixtures/coach): what the
 * person is told, and the still it takes when all is well.
 */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
let server: PreviewServer | undefined;
let url = '';
let videos = '';
const open: Browser[] = [];

beforeAll(async () => {
  ({ server, url } = await servePwa());
  videos = mkdtempSync(join(tmpdir(), 'listo-coach-'));
});
afterAll(async () => {
  await Promise.all(open.map((browser) => browser.close()));
  await server?.close();
  rmSync(videos, { recursive: true, force: true });
});

/** Chromium whose front camera films `kind` of the portrait `id`; the camera prompt is answered by the context's permissions. */
async function cameraFilming(id: string, kind: SceneKind): Promise<Browser> {
  const file = join(videos, `${id}-${kind}.y4m`);
  writeFileSync(file, y4mVideo([scene(portrait(id), kind)], 15));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
  });
  open.push(browser);
  return browser;
}

/** Opens the guided flow in `language` and walks to the photo step, as a person would. */
async function photoStep(browser: Browser, language = 'English', permissions = ['camera']): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: 'en-US', permissions });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: language }).click();
  await page.locator('[data-profile="cbp-one"]').click();
  for (const step of ['location', 'time']) {
    await page.locator(`[data-screen="step-${step}"]`).waitFor();
    await page.locator(`[data-screen="step-${step}"] .actions button.secondary`).last().click();
  }
  await page.locator('[data-screen="step-photo"]').waitFor();
  return page;
}

const instruction = (page: Page) => page.locator('.coach__instruction[aria-live]');

async function practise(page: Page): Promise<void> {
  await page.locator('[data-action="coach"]').click();
  await page.locator('.coach video').waitFor();
}

/** The instruction shown once the coach has settled on one (it holds each for half a second). */
async function settlesOn(page: Page, text: RegExp): Promise<void> {
  await expect.poll(() => instruction(page).textContent(), { timeout: 30_000 }).toMatch(text);
}

describe('the selfie coach with a fake front camera', () => {
  it('tells a person standing in front of a bright window that the light is behind them', async () => {
    const page = await photoStep(await cameraFilming('U000031', 'backlit'));
    await practise(page);
    await settlesOn(page, /Light is behind you: turn to face the light/);
  });

  it('tells a person in a dim room that it is too dark', async () => {
    const page = await photoStep(await cameraFilming('J000292', 'dim'));
    await practise(page);
    await settlesOn(page, /Too dark/);
  });

  it('tells a person holding the phone too far to move closer', async () => {
    const page = await photoStep(await cameraFilming('P000587', 'small'));
    await practise(page);
    await settlesOn(page, /Move closer/);
  });

  for (const [group, id] of [
    ['lighter', 'T000238'],
    ['middle', 'U000031'],
    ['darker', 'J000292'],
  ] as const) {
    it(`says "ready" to an evenly lit face (${group} skin tone, ${id}), takes a still that passes the photo checks, and keeps it as the step's photo`, async () => {
      const page = await photoStep(await cameraFilming(id, 'even'));
      await practise(page);
      await settlesOn(page, /Ready/);
      // The still, judged by the full photo checks.
      const verdict = page.locator('[data-still-status]');
      await verdict.waitFor({ timeout: 30_000 });
      await expect.poll(() => verdict.getAttribute('data-still-status')).toBe('pass');
      await expect.poll(() => verdict.textContent()).toContain('This photo looks good.');
      await page.getByRole('button', { name: 'Use this photo' }).click();
      // The still took the chosen photo's path: the step's result, judged again by the session.
      await page.locator('.verdict').first().waitFor({ timeout: 30_000 });
      for (const check of ['photo.face', 'photo.face-size', 'photo.head-roll', 'photo.exposure', 'photo.backlight', 'photo.sharpness', 'photo.file']) {
        await expect.poll(() => page.locator(`[data-check="${check}"]`).first().getAttribute('data-status'), { message: check }).toBe('pass');
      }
      await expect.poll(() => page.locator('.flow__photo').count()).toBe(1);
    });
  }

  it('has no axe violations, 48 px targets, right-to-left in Arabic, and stops the camera when closed', async () => {
    const page = await photoStep(await cameraFilming('S001185', 'side'), 'العربية');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await practise(page);
    await expect.poll(() => instruction(page).textContent(), { timeout: 30_000 }).toMatch(/\p{Script=Arabic}/u);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.coach button')].filter((el) => el.offsetParent !== null).filter((el) => el.getBoundingClientRect().height < 47.5 || el.getBoundingClientRect().width < 47.5).length,
    );
    expect(small).toBe(0);
    await expect.poll(() => page.locator('.coach video').getAttribute('playsinline')).not.toBeNull();
    // The camera's tracks end when the coach closes.
    await page.evaluate(() => ((window as unknown as { coachStream: MediaStream }).coachStream = document.querySelector<HTMLVideoElement>('.coach video')!.srcObject as MediaStream));
    await page.getByRole('button', { name: 'أوقف الكاميرا' }).click();
    await expect.poll(() => page.locator('.coach').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { coachStream: MediaStream }).coachStream.getTracks().map((t) => t.readyState))).toEqual(['ended']);
  });

  it('stops the camera when the page is hidden, and starts it again when asked', async () => {
    const page = await photoStep(await cameraFilming('D000598', 'even'));
    await practise(page);
    await expect.poll(() => instruction(page).textContent(), { timeout: 30_000 }).not.toContain('Starting');
    await page.evaluate(() => ((window as unknown as { coachStream: MediaStream }).coachStream = document.querySelector<HTMLVideoElement>('.coach video')!.srcObject as MediaStream));
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => page.locator('.coach').textContent()).toContain('The camera stopped while Listo was in the background.');
    await expect.poll(() => page.evaluate(() => (window as unknown as { coachStream: MediaStream }).coachStream.getTracks().map((t) => t.readyState))).toEqual(['ended']);
    await page.evaluate(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }));
    await page.getByRole('button', { name: 'Start the camera again' }).click();
    await expect.poll(() => instruction(page).textContent(), { timeout: 30_000 }).not.toContain('Starting');
  });

  it('with the camera blocked, says so and offers the photo picker instead', async () => {
    const browser = await cameraFilming('U000031', 'even');
    const page = await photoStep(browser, 'English', []);
    await blockPermission(page.context(), page, new URL(url).origin, 'camera');
    await page.locator('[data-action="coach"]').click();
    const failure = page.locator('[data-camera-failure]');
    await expect.poll(() => failure.getAttribute('data-camera-failure'), { timeout: 30_000 }).toBe('denied');
    await expect.poll(() => failure.textContent()).toContain('The camera is blocked for Listo');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a photo instead' }).click();
    await chooser;
  });
});
