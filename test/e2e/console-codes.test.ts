/**
 * The volunteer console as a volunteer finds it (issue 23), with the unpacked
 * extension: codes pasted from chats, the code box at side-panel widths, a
 * stored language that is not shipped, and the fix library's words.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import jpeg from 'jpeg-js';
import type { BrowserContext, Page } from 'playwright-core';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, judge, profiles, type Facts } from '../../shared/index';
import { helperQrText } from '../../shared/report/helper-qr';
import { encodeHelperCode } from '../../shared/report/index';
import { pngOfSize } from '../report/png-of-size';
import { CHECKED_AT, checkedUnderCbpOne, tijuanaPhone } from '../fixtures/tijuana-phone';
import { launchWithExtension } from './harness';

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
});

afterAll(async () => {
  await context?.close();
});

const NOW = CHECKED_AT;
/** A phone in Tijuana with its clock an hour off and an approximate position; the person ticked "include my position". */
const facts: Facts = tijuanaPhone;
const { code } = checkedUnderCbpOne(facts, true);
const groups = code.split('-');

async function openPanel(width = 400): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.locator('#tab-client').click();
  return page;
}

const openButton = (page: Page) => page.getByRole('button', { name: /^(Open|Abrir)$/ });

/** The page scrolls sideways when its content is wider than the panel. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** A picture of the code's QR, as a phone's screen would show it to the laptop camera. */
function qrPicture(text: string): string {
  const { data: modules, size } = encode(helperQrText(text), { ecc: 'M', border: 4 });
  const scale = 6;
  const side = size * scale;
  const pixels = Buffer.alloc(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const grey = modules[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.fill(grey, (y * side + x) * 4, (y * side + x) * 4 + 3);
      pixels[(y * side + x) * 4 + 3] = 255;
    }
  const file = `${mkdtempSync(`${tmpdir()}/listo-qr-`)}/qr.jpg`;
  writeFileSync(file, jpeg.encode({ data: pixels, width: side, height: side }, 95).data);
  return file;
}

describe('the code box', () => {
  it('opens a code pasted with en dashes and a direction mark (as a chat app or Arabic text hands it over), and shows it in its groups', async () => {
    const page = await openPanel();
    await page.fill('#client-code', `\u200F${groups.join('\u2013')}\u200E`);
    await openButton(page).click();
    await page.locator('.client-view').waitFor();
    await expect.poll(() => page.locator('#client-code').inputValue()).toBe(groups.join(' '));
    await page.close();
  });

  it('shows the whole code at 360 and 400 px, in groups separated by spaces (where a line may break), with no sideways scroll', async () => {
    for (const width of [360, 400]) {
      const page = await openPanel(width);
      await page.fill('#client-code', code);
      await openButton(page).click();
      await page.locator('.client-view').waitFor();
      const box = await page.locator('#client-code').evaluate((element) => ({
        hiddenAcross: element.scrollWidth > element.clientWidth,
        hiddenDown: element.scrollHeight > element.clientHeight + 1,
        value: (element as HTMLTextAreaElement).value,
      }));
      expect(box, `${width} px`).toEqual({ hiddenAcross: false, hiddenDown: false, value: groups.join(' ') });
      await expect.poll(() => scrollsSideways(page), { message: `${width} px` }).toBe(false);
      await page.locator('#tab-library').click();
      await page.locator('.library [data-fix]').first().waitFor();
      await expect.poll(() => scrollsSideways(page), { message: `library at ${width} px` }).toBe(false);
      await page.close();
    }
  });

  it('fills in a code read from a QR picture with its groups', async () => {
    const page = await openPanel();
    await page.setInputFiles('#client-qr', qrPicture(code));
    await page.locator('.client-view').waitFor();
    await expect.poll(() => page.locator('#client-code').inputValue()).toBe(groups.join(' '));
    await page.close();
  });

  it('says "not a Listo code" for words, not "too short"', async () => {
    const page = await openPanel();
    await page.fill('#client-code', 'hello world');
    await openButton(page).click();
    await page.getByRole('alert').filter({ hasText: /not a Listo code|no es un código de Listo/ }).waitFor();
    await page.close();
  });

  it('takes at most 200 characters of a two-million-character paste, and the panel answers at once', async () => {
    const page = await openPanel();
    const started = Date.now();
    await page.locator('#client-code').evaluate((element, length) => {
      // As a paste arrives: the browser inserts the text, capped by the box's maxlength.
      (element as HTMLTextAreaElement).focus();
      document.execCommand('insertText', false, 'A'.repeat(length));
    }, 2_000_000);
    await expect.poll(() => page.locator('#client-code').evaluate((element) => (element as HTMLTextAreaElement).value.length)).toBeLessThanOrEqual(200);
    await openButton(page).click();
    await page.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    expect(Date.now() - started).toBeLessThan(5000);
    await page.close();
  });
});

describe('a client code with the position included', () => {
  it('judges the accepted area on the laptop from the travelled position and draws it on the area map, under another app too', async () => {
    // The phone prepared for a selfie app, which has no accepted area: the phone did not judge it.
    const selfie = encodeHelperCode({ profileId: 'selfie-generic', language: 'es', platform: 'android', judgedAt: NOW, findings: judge(facts, profiles['selfie-generic']), facts, includePosition: true });
    const page = await openPanel();
    await page.fill('#client-code', selfie);
    await openButton(page).click();
    await page.locator('.client-view').waitFor();
    await page.selectOption('#client-profile', 'cbp-one');
    const region = page.locator('[data-check="location.region"][data-origin="rejudged"]');
    await region.waitFor();
    await expect.poll(() => region.getAttribute('data-status')).toBe('pass');
    // The map, as the phone draws it: the accepted area and the client's position.
    await region.locator('#area-map svg[role="img"]').first().waitFor();
    await expect.poll(() => region.locator('#area-map svg').count()).toBeGreaterThan(0);
    // The time zone, judged against the zone at the travelled position.
    await page.locator('[data-check="time.zone"][data-origin="rejudged"][data-status="pass"]').waitFor();
    await page.close();
  });
});

describe('the QR reader', () => {
  it('refuses a 20000 × 20000 PNG with a clear message within 3 s, and the panel stays responsive', async () => {
    const file = `${mkdtempSync(`${tmpdir()}/listo-huge-`)}/huge.png`;
    writeFileSync(file, pngOfSize(20_000, 20_000));
    const page = await openPanel();
    const started = Date.now();
    await page.setInputFiles('#client-qr', file);
    await page.getByRole('alert').filter({ hasText: /too large|demasiado grande/ }).waitFor({ timeout: 3000 });
    expect(Date.now() - started).toBeLessThan(3000);
    // Responsive: the page answers and a tab opens at once.
    await page.locator('#tab-library').click({ timeout: 1000 });
    await page.locator('#library-search').waitFor({ timeout: 2000 });
    await page.close();
  });
});

describe('the console', () => {
  it('opens the options from the panel, not only from the toolbar icon\'s menu', async () => {
    const page = await openPanel();
    const opened = context.waitForEvent('page', { timeout: 10_000 });
    await page.locator('#open-options').click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toMatch(/options/);
    await options.close();
    await page.close();
  });

  it('says the client\'s figures in words and one size format, never raw values such as "granted"', async () => {
    const page = await openPanel();
    await page.fill('#client-code', code);
    await openButton(page).click();
    const figures = page.locator('.client-view details.finding__evidence').last();
    await figures.waitFor();
    const values = await figures.locator('dd').allInnerTexts();
    expect(values.length).toBeGreaterThan(2);
    for (const raw of ['granted', 'denied', 'prompt', 'unsupported', 'inside', 'edge', 'outside', 'unknown']) expect(values).not.toContain(raw);
    await page.close();
  });
});

describe('the console language', () => {
  it('mounts with a stored language that is not a shipped one ("ES"), in the browser\'s language', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.evaluate(() => localStorage.setItem('listo.language', 'ES'));
    await page.reload();
    await page.locator('#tab-client').click();
    await page.locator('#client-code').waitFor();
    await page.evaluate(() => localStorage.removeItem('listo.language'));
    await page.close();
  });
});

describe('the fix library', () => {
  it('shows no raw placeholder such as {expectedZone} in any language or platform', async () => {
    const page = await openPanel();
    await page.locator('#tab-library').click();
    await page.locator('.library [data-fix]').first().waitFor();
    for (const { code: language } of LANGUAGES) {
      await page.selectOption('#library-language', language);
      await page.locator(`.library[lang="${language}"]`).waitFor();
      for (const platform of await page.locator('section[aria-labelledby="library-title"] input[name="platform"]').all()) {
        await platform.check();
        const text = await page.locator('.library').innerText();
        expect(text.match(/\{[^{}]*\}/g), language).toBeNull();
      }
    }
    await page.close();
  });

  it('offers the whole list and a way back when a search finds nothing', async () => {
    const page = await openPanel();
    await page.locator('#tab-library').click();
    await page.fill('#library-search', 'zzqx nothing like this');
    await page.locator('#library-clear').waitFor();
    await expect.poll(() => page.locator('.library [data-fix]').count()).toBeGreaterThan(20);
    await page.locator('#library-clear').click();
    await expect.poll(() => page.locator('#library-search').inputValue()).toBe('');
    await page.close();
  });
});
