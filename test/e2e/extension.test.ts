import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, dropPhoto, launchWithExtension } from './harness';
import { expectAccessible, shoot } from './accessible';

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
});

afterAll(async () => {
  await context?.close();
});

describe('the volunteer extension', () => {
  it('is a Manifest V3 extension with a side panel and no remote code', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
    // Clearing a site's data is asked for only when used.
    expect(manifest.optional_permissions).toEqual(['browsingData']);
    expect(manifest.permissions).not.toContain('browsingData');
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });

  it('ships no address it could load code from (MV3: no remote code; offline: nothing to fetch)', () => {
    const scripts = readdirSync(`${EXTENSION_DIR}/assets`).filter((f) => f.endsWith('.js'));
    // XML namespaces name formats; they are never fetched.
    const NAMESPACES = /^https?:\/\/(www\.w3\.org|ns\.adobe\.com)\//;
    const addresses = scripts.flatMap((file) =>
      [...readFileSync(`${EXTENSION_DIR}/assets/${file}`, 'utf8').matchAll(/https?:\/\/[\w.-]+\/[^\s'"`)]*/g)]
        .map((m) => m[0])
        .filter((address) => !NAMESPACES.test(address) && !address.startsWith('https://github.com/MikeKovarik/exifr')),
    );
    expect(addresses).toEqual([]);
  });

  it('loads, and its side panel shows the time findings', async () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.locator('[data-check="time.tzdata"]').waitFor();
    // Time and the computer are read at once, each as it comes: the list is whole once both have.
    const checks = async () => (await page.locator('[data-check]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-check')))).sort();
    await expect.poll(checks).toEqual([
      'device.browser',
      'device.camera',
      'location.accuracy',
      'location.permission',
      'location.region',
      'network.connection',
      'storage.cache',
      'storage.quota',
      'storage.site-data',
      'time.clock',
      'time.tzdata',
      'time.zone',
    ]);
    // Volunteers see the figures behind each verdict.
    await expect.poll(() => page.locator('[data-check="time.tzdata"] .finding__evidence').getAttribute('open')).toBe('');
    await page.close();
  });

  it('offers to clear a named site\'s data, confirming the exact origin first', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.locator('#clear-site').waitFor();
    await page.fill('#clear-site-origin', 'not a site');
    await page.click('#clear-site-start');
    await expect.poll(() => page.locator('#clear-site-result').textContent()).toContain('cbp.gov');
    await expect.poll(() => page.locator('#clear-site-confirm').count()).toBe(0);
    await page.fill('#clear-site-origin', 'https://www.example.org/path');
    await page.click('#clear-site-start');
    await expect.poll(() => page.locator('#clear-site-confirm').textContent()).toContain('https://www.example.org');
    await page.click('#clear-site-no');
    await expect.poll(() => page.locator('#clear-site-confirm').count()).toBe(0);
    // Nothing was granted yet: the optional permission is not held until a volunteer confirms.
    await expect.poll(() => page.evaluate(() => chrome.permissions.contains({ permissions: ['browsingData'] }))).toBe(false);
    await page.close();
  });

  it('leaves the clock unjudged until the volunteer names a site to compare with, asking for nothing before', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('listo.language', 'en'));
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.locator('[data-check="time.tzdata"]').waitFor();
    await expect.poll(() => page.locator('[data-check="time.clock"]').getAttribute('data-status')).toBe('unknown');
    // Nothing failed: no site is named yet, and the finding says so rather than "no connection".
    await expect.poll(() => page.locator('[data-check="time.clock"]').textContent()).toContain('no website to compare with is named yet');
    await page.fill('#clock-reference-origin', 'not a site');
    await page.click('#clock-reference-use');
    await page.locator('#clock-reference').getByText('Write a website address').waitFor();
    await expect.poll(() => page.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
    await page.close();
  });

  it('shows "This computer" as the app\'s All results, in words for a computer, accessible at 360 and 400 px with a photo checked', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('listo.language', 'en'));
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect.poll(() => page.locator('#all-results-phone').textContent()).toContain('This computer');
    await expect.poll(async () => /your phone|check my phone/i.test((await page.locator('[data-screen="all"] .screen').textContent()) ?? '')).toBe(false);
    // A volunteer drops the client's photo: checked by the same session, its picture of the light below its findings.
    await dropPhoto(page, 'canon-face.jpg');
    await page.locator('[data-step="photo"] .photo-picture canvas').waitFor({ timeout: 60_000 });
    for (const width of [360, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(() => page.locator('[data-step="photo"] [data-check="photo.face"]').count()).toBe(1);
      await expectAccessible(page, `this computer at ${width} px`);
      await shoot(page, `extension-this-computer-${width}`);
    }
    await page.close();
  });

  it('checks a position in the side panel: region verdict and map', async () => {
    // The manifest's geolocation permission lets the panel read the position without a prompt.
    await context.setGeolocation({ latitude: 25.869, longitude: -97.5027, accuracy: 40 }); // Matamoros
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.locator('[data-check="location.permission"]').waitFor();
    await page.click('[data-action="location"]');
    await page.locator('#area-map').waitFor();
    await expect.poll(() => page.locator('[data-check="location.region"]').getAttribute('data-status')).toBe('pass');
    await expect.poll(() => page.locator('[data-check="location.region"]').textContent()).toContain('Tamaulipas');
    await page.close();
  });
});
