import AxeBuilder from '@axe-core/playwright';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import jpeg from 'jpeg-js';
import type { BrowserContext, Page } from 'playwright-core';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facts } from '../../shared/index';
import { helperQrText } from '../../shared/report/helper-qr';
import { checkedUnderCbpOne, tijuanaPhoneWithHugePhoto } from '../fixtures/tijuana-phone';
import { launchWithExtension } from './harness';

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
});

afterAll(async () => {
  await context?.close();
});

/** A phone in Tijuana with three problems: its clock an hour off, an approximate position, a huge photo. */
const facts: Facts = tijuanaPhoneWithHugePhoto;
const { findings, code } = checkedUnderCbpOne(facts, false);

async function openPanel(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.locator('#tab-client').click();
  return page;
}

async function statusesShown(page: Page): Promise<Record<string, string>> {
  await page.locator('.client-view').waitFor();
  return page.locator('.client-checks [data-check]').evaluateAll((items) =>
    Object.fromEntries(items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-status')])),
  );
}

/** A QR code's modules as grey levels (0 dark, 255 light), scaled, with its quiet zone. */
function qrGrey(text: string, scale: number): { grey: Uint8Array; side: number } {
  const { data: modules, size } = encode(helperQrText(text), { ecc: 'M', border: 4 });
  const side = size * scale;
  const grey = new Uint8Array(side * side).fill(255);
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) if (modules[Math.floor(y / scale)]![Math.floor(x / scale)]) grey[y * side + x] = 0;
  return { grey, side };
}

/** A short Y4M video (the format Chromium's fake camera plays) of the code's QR on a 320×240 grey frame. */
function qrVideo(text: string): string {
  const { grey, side } = qrGrey(text, 6);
  const [w, h] = [Math.max(320, side + 16), Math.max(240, side + 16)];
  const y = Buffer.alloc(w * h, 200);
  const [ox, oy] = [Math.floor((w - side) / 2), Math.floor((h - side) / 2)];
  for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) y[(oy + r) * w + ox + c] = grey[r * side + c]!;
  const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const file = `${mkdtempSync(`${tmpdir()}/listo-camera-`)}/qr.y4m`;
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]));
  return file;
}

/** A picture of the code's QR, as a phone's screen would show it to the laptop camera. */
function qrPicture(text: string): string {
  const { grey, side } = qrGrey(text, 6);
  const pixels = Buffer.alloc(side * side * 4, 255);
  for (let i = 0; i < side * side; i++) pixels.fill(grey[i]!, i * 4, i * 4 + 3);
  const file = `${mkdtempSync(`${tmpdir()}/listo-qr-`)}/qr.jpg`;
  writeFileSync(file, jpeg.encode({ data: pixels, width: side, height: side }, 95).data);
  return file;
}

describe('the volunteer console', () => {
  it('opens a typed client code with the statuses the phone showed', async () => {
    const page = await openPanel();
    await page.fill('#client-code', code);
    await page.getByRole('button', { name: /^(Open|Abrir)$/ }).click();
    const shown = await statusesShown(page);
    for (const finding of findings) expect([finding.check, shown[finding.check]]).toEqual([finding.check, finding.status]);
    // The fixes come in the client's language (Spanish) for the client's platform.
    await expect.poll(() => page.locator('[data-check="time.clock"] [data-fix] h3').first().textContent()).toMatch(/hora|reloj/i);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('reads the same code from a picture of its QR code', async () => {
    const page = await openPanel();
    await page.setInputFiles('#client-qr', qrPicture(code));
    const shown = await statusesShown(page);
    for (const finding of findings) expect([finding.check, shown[finding.check]]).toEqual([finding.check, finding.status]);
    await page.close();
  });

  it('reads the code from the laptop camera (a fake camera showing the QR code)', async () => {
    // Chromium's fake camera plays a video file: one of the phone's screen showing the code's QR.
    const video = qrVideo(code);
    const { context: camera, extensionId: id } = await launchWithExtension([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const page = await camera.newPage();
      await page.goto(`chrome-extension://${id}/sidepanel.html`);
      await page.locator('#tab-client').click();
      await page.locator('#client-camera').click();
      const shown = await statusesShown(page);
      for (const finding of findings) expect([finding.check, shown[finding.check]]).toEqual([finding.check, finding.status]);
      // The camera is off again once the code is read.
      await expect.poll(() => page.locator('video.camera').count()).toBe(0);
    } finally {
      await camera.close();
    }
  });

  it('refuses a code with one wrong character, and shows nothing of it', async () => {
    const page = await openPanel();
    // The sixth symbol (after the first group's dash), changed to another symbol of the alphabet.
    const wrong = `${code.slice(0, 5)}${code[5] === 'X' ? 'Y' : 'X'}${code.slice(6)}`;
    await page.fill('#client-code', wrong);
    await page.getByRole('button', { name: /^(Open|Abrir)$/ }).click();
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/wrong|mal/);
    await expect.poll(() => page.locator('.client-view').count()).toBe(0);
    await page.close();
  });

  it('saves a session only when asked, lists it, and deletes it', async () => {
    const page = await openPanel();
    await page.fill('#client-code', code);
    await page.getByRole('button', { name: /^(Open|Abrir)$/ }).click();
    await page.locator('.client-view').waitFor();
    await expect.poll(() => page.locator('.saved__item').count()).toBe(0);
    await page.fill('#session-label', 'Maria, 3 pm');
    await page.locator('#save-session').click();
    // Saving is asynchronous (chrome.storage): wait for the item a person would see, with its label.
    await page.locator('.saved__item').filter({ hasText: 'Maria, 3 pm' }).waitFor();
    await expect.poll(() => page.locator('.saved__item').count()).toBe(1);
    // "Delete all" asks first; cancelling keeps the session.
    await page.locator('#delete-all-sessions').click();
    await page.locator('#delete-all-cancel').click();
    await page.locator('#delete-all-sessions').waitFor();
    await expect.poll(() => page.locator('.saved__item').count()).toBe(1);
    await page.locator('#delete-all-sessions').click();
    await page.locator('#delete-all-confirm').click();
    await page.locator('.saved__item').first().waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.saved__item').count()).toBe(0);
    await page.close();
  });

  it('finds the location and VPN fixes for "fraude detectado" in Spanish', async () => {
    const page = await openPanel();
    await page.locator('#tab-library').click();
    await page.selectOption('#library-language', 'es');
    await page.fill('#library-search', 'fraude detectado');
    await page.locator('.library [data-fix="location.precise-on"]').waitFor();
    const fixes = await page.locator('.library [data-fix]').evaluateAll((items) => items.map((item) => item.getAttribute('data-fix')));
    expect(fixes.slice(0, 6)).toEqual(expect.arrayContaining(['location.precise-on', 'location.turn-on']));
    await expect.poll(() => page.locator('[data-note="network.connection.vpn"]').count()).toBe(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('prints the handout for a client with three problems on one page, A4 and Letter', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/handout.html#${new URLSearchParams({ code, lang: 'es', pwa: 'https://listo.example.org/' })}`);
    await page.locator('.handout__problem').first().waitFor();
    await expect.poll(() => page.locator('.handout__problem').count()).toBe(3);
    await expect.poll(() => page.locator('.handout__qr svg').count()).toBe(1);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1]);
      if (format === 'A4') writeFileSync(`${mkdtempSync(`${tmpdir()}/listo-handout-`)}/handout.pdf`, pdf);
      expect(pages, format).toBe(1);
    }
    await page.close();
  });

  it('reaches trainer mode in the panel', async () => {
    const page = await openPanel();
    await page.locator('#tab-trainer').click();
    await page.locator('[data-screen="trainer"]').waitFor();
    await page.locator('[data-scenario="location-denied"]').click();
    await page.locator('.demo-banner').waitFor();
    await page.close();
  });
});
