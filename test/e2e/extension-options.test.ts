import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageInPage } from '../../extension/context-menu';
import { MAX_PENDING_PHOTO_BYTES, PENDING_PHOTO_KEY } from '../../extension/pending-photo';
import { permissionsOfKind } from '../../extension/permissions';
import { LANGUAGES } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';
import { planExtensionLocales, catalogueFromDisk } from '../../scripts/make-extension-locales';
import { EXTENSION_DIR, ROOT, launchWithExtension } from './harness';

let context: BrowserContext;
let extensionId: string;
let worker: Worker;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
  worker = context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await context?.close();
});

const PHOTO = readFileSync(`${ROOT}test/fixtures/photos/hopper.jpg`);

/** axe (WCAG 2 A and AA) finds nothing, and every control is at least 48 px. */
async function expectAccessible(page: Page, name: string, include?: string): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  const results = await (include ? axe.include(include) : axe).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const small = await page.evaluate((scope) =>
    [...(document.querySelector(scope) ?? document).querySelectorAll<HTMLElement>('button, a[href], select, input')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 47.5 || box.width < 47.5)
      .map(({ el, box }) => `${Math.round(box.width)}×${Math.round(box.height)} ${el}`),
  include ?? 'body');
  expect(small, name).toEqual([]);
}

async function openOptions(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('#options-language').waitFor();
  return page;
}

describe('the built extension', () => {
  it('declares exactly the permissions of extension/permissions.ts', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.permissions ?? []).toEqual(permissionsOfKind('permission'));
    expect(manifest.optional_permissions ?? []).toEqual(permissionsOfKind('optional permission'));
    expect(manifest.host_permissions ?? []).toEqual(permissionsOfKind('host permission'));
    expect(manifest.optional_host_permissions ?? []).toEqual(permissionsOfKind('optional host permission'));
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: false });
    expect(existsSync(`${EXTENSION_DIR}/options.html`)).toBe(true);
  });

  it('carries _locales made from the catalogues, and Chrome loads it with them', async () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    const plan = planExtensionLocales(LANGUAGES, catalogueFromDisk);
    expect(readdirSync(`${EXTENSION_DIR}/_locales`).sort()).toEqual(plan.files.map((f) => f.locale).sort());
    for (const file of plan.files) {
      expect(JSON.parse(readFileSync(`${EXTENSION_DIR}/_locales/${file.locale}/messages.json`, 'utf8'))).toEqual(file.messages);
    }
    // Loaded: the service worker runs, and Chrome resolved the name from _locales/en (this browser runs in English).
    expect(worker.url()).toContain(extensionId);
    const [name, menuTitle] = await worker.evaluate(() => [chrome.runtime.getManifest().name, chrome.i18n.getMessage('contextMenuCheckPhoto')]);
    expect(name).toBe(CATALOGUES.en['extension.name']);
    expect(menuTitle).toBe(CATALOGUES.en['extension.contextMenu.checkPhoto']);
  });

  it('has its photo menu item from the first start', async () => {
    // contextMenus has no list; update() fails for an item that does not exist. The item is made when the worker
    // handles onInstalled, which may come a moment after the worker starts: asked until it is there.
    const exists = () =>
      worker.evaluate(() =>
        chrome.contextMenus.update('listo-check-photo', {}).then(
          () => true,
          () => false,
        ),
      );
    await expect.poll(exists).toBe(true);
  });
});

describe('the options page', () => {
  it('is accessible, and shows itself in the language chosen in it', async () => {
    const page = await openOptions();
    await expectAccessible(page, 'options (first)');
    await page.selectOption('#options-language', 'es');
    await page.getByRole('heading', { name: CATALOGUES.es['options.title'] }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    // Profiles by their translated names.
    const names = await page.locator('#options-profile option').allTextContents();
    expect(names).toContain(CATALOGUES.es['profile.selfieGeneric.name']);
    await expectAccessible(page, 'options (Spanish)');
    await page.close();
  });

  it('refuses an address that cannot be the PWA, saying why, and saves nothing', async () => {
    const page = await openOptions();
    await page.selectOption('#options-language', 'en');
    await page.getByRole('heading', { name: CATALOGUES.en['options.title'] }).waitFor();
    await page.fill('#options-pwa-url', 'http://listo.example.org/');
    await page.click('#options-save');
    await page.locator('#options-pwa-url-error').waitFor();
    await expect.poll(() => page.locator('#options-pwa-url').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'options (error)');
    await expect.poll(() => page.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    await page.close();
  });

  it('saves language, profile and address in chrome.storage.local, and the panel starts with them', async () => {
    const page = await openOptions();
    await page.selectOption('#options-language', 'ht');
    await page.getByRole('heading', { name: CATALOGUES.ht['options.title'] }).waitFor();
    await page.selectOption('#options-profile', 'smartlink');
    await page.fill('#options-pwa-url', 'listo.example.org/app/');
    await page.click('#options-save');
    await page.locator('#options-status').getByText(CATALOGUES.ht['options.saved']).waitFor();
    await expect.poll(() => page.evaluate(() => chrome.storage.local.get(null))).toEqual({
      'settings.language': 'ht',
      'settings.profile': 'smartlink',
      'settings.pwaUrl': 'https://listo.example.org/app/',
    });
    await page.reload();
    await page.getByRole('heading', { name: CATALOGUES.ht['options.title'] }).waitFor();
    await expect.poll(() => page.locator('#options-profile').inputValue()).toBe('smartlink');
    await expect.poll(() => page.locator('#options-pwa-url').inputValue()).toBe('https://listo.example.org/app/');
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('#profile').inputValue()).toBe('smartlink');
    await expect.poll(() => panel.locator('html').getAttribute('lang')).toBe('ht');
    await page.evaluate(() => chrome.storage.local.clear());
    await page.evaluate(() => localStorage.clear());
    await panel.close();
    await page.close();
  });
});

describe('a photo from a page', () => {
  it("is read inside a page: a file of the page's own site and a blob: address the page made", async () => {
    const page = await openOptions();
    const read = (url: string, max = MAX_PENDING_PHOTO_BYTES) => page.evaluate(`(${readImageInPage.toString()})(${JSON.stringify(url)}, ${max})`);
    const icon = readFileSync(`${EXTENSION_DIR}/icon-48.png`);
    await expect(read(`chrome-extension://${extensionId}/icon-48.png`)).resolves.toEqual({ ok: true, base64: icon.toString('base64'), type: 'image/png' });
    const blobUrl = await page.evaluate((base64) => URL.createObjectURL(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/jpeg' })), PHOTO.toString('base64'));
    await expect(read(blobUrl)).resolves.toEqual({ ok: true, base64: PHOTO.toString('base64'), type: 'image/jpeg' });
    await expect(read(blobUrl, 1000)).resolves.toEqual({ ok: false, reason: 'too-large', size: PHOTO.length });
    await expect(read(`chrome-extension://${extensionId}/no-such.png`)).resolves.toEqual({ ok: false, reason: 'unreadable' });
    await page.close();
  });

  it('as large as the cap fits chrome.storage.session in this Chromium; a third more does not', async () => {
    const page = await openOptions();
    const store = (bytes: number) =>
      page.evaluate(
        ([key, length]) =>
          chrome.storage.session
            .set({ [key]: { kind: 'photo', base64: 'A'.repeat(length), type: 'image/jpeg', name: 'listo-photo-with-a-long-name.jpg', at: Date.now() } })
            .then(
              () => 'stored',
              (error: Error) => error.message,
            ),
        [PENDING_PHOTO_KEY, 4 * Math.ceil(bytes / 3)] as const,
      );
    await expect(store(MAX_PENDING_PHOTO_BYTES)).resolves.toBe('stored');
    await expect(store(Math.ceil(MAX_PENDING_PHOTO_BYTES * 1.34))).resolves.toMatch(/quota/i);
    await page.evaluate(() => chrome.storage.session.clear());
    await page.close();
  });

  it('left by the worker reaches the panel\'s photo section, and is judged there', async () => {
    const panel = await context.newPage();
    await panel.addInitScript(() => localStorage.setItem('listo.language', 'en'));
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('#photo-section').waitFor();
    await panel.evaluate(
      ([key, base64]) => chrome.storage.session.set({ [key]: { kind: 'photo', base64, type: 'image/jpeg', name: 'hopper.jpg', at: Date.now() } }),
      [PENDING_PHOTO_KEY, PHOTO.toString('base64')] as const,
    );
    await panel.locator('[data-check="photo.file"]').waitFor();
    await expect.poll(() => panel.evaluate((key) => chrome.storage.session.get(key), PENDING_PHOTO_KEY)).toEqual({});
    await panel.close();
  });

  it('waiting when the panel opens is taken at once', async () => {
    const page = await openOptions();
    await page.evaluate(
      ([key, base64]) => chrome.storage.session.set({ [key]: { kind: 'photo', base64, type: 'image/jpeg', name: 'hopper.jpg', at: Date.now() } }),
      [PENDING_PHOTO_KEY, PHOTO.toString('base64')] as const,
    );
    const panel = await context.newPage();
    await panel.addInitScript(() => localStorage.setItem('listo.language', 'en'));
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('[data-check="photo.file"]').waitFor();
    await panel.close();
    await page.close();
  });

  it('too large for the panel is refused there with a clear, accessible message', async () => {
    const panel = await context.newPage();
    await panel.addInitScript(() => localStorage.setItem('listo.language', 'en'));
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('#photo-section').waitFor();
    await panel.evaluate((key) => chrome.storage.session.set({ [key]: { kind: 'refused', reason: 'too-large', size: 12_582_912, at: Date.now() } }), PENDING_PHOTO_KEY);
    const note = panel.locator('#pending-photo-note');
    await note.waitFor();
    await expect.poll(() => note.textContent()).toContain('12 MB; at most 7 MB');
    await expectAccessible(panel, 'pending photo note', '#pending-photo-note');
    await panel.click('#pending-photo-dismiss');
    await expect.poll(() => note.count()).toBe(0);
    await panel.close();
  });
});
