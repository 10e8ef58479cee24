import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {blockPermission, useServedPwa } from './harness';

const pwa = useServedPwa();

const openApp = (options: BrowserContextOptions = {}) => pwa.open(options, '[data-check="location.permission"]');

const status = (page: Page, check: string) => page.locator(`[data-check="${check}"]`).getAttribute('data-status');

describe('location in the PWA, in Chromium', () => {
  it('before asking, reads only the permission hint and asks no position', async () => {
    const { context, page } = await openApp();
    await expect(status(page, 'location.permission')).resolves.toBe('unknown');
    await expect(page.locator('[data-check="location.permission"]').textContent()).resolves.toContain('Check my location');
    await expect(page.locator('#area-map').count()).resolves.toBe(0);
    await context.close();
  });

  it('granted, in Tijuana: permission, accuracy and region pass, and the map shows the position', async () => {
    const { context, page } = await openApp({
      geolocation: { latitude: 32.5149, longitude: -117.0382, accuracy: 25 },
      permissions: ['geolocation'],
      timezoneId: 'America/Tijuana',
    });
    await expect(status(page, 'location.permission')).resolves.toBe('pass'); // the hint says granted
    const started = Date.now();
    await page.click('#check-location');
    await page.locator('#area-map').waitFor();
    const elapsed = Date.now() - started;
    await expect(status(page, 'location.region')).resolves.toBe('pass');
    await expect(status(page, 'location.accuracy')).resolves.toBe('pass');
    await expect(page.locator('[data-check="location.region"]').textContent()).resolves.toContain('Baja California');
    // Two views (country and close-up), each with the accuracy circle and the position.
    await expect(page.locator('#area-map svg').count()).resolves.toBe(2);
    await expect(page.locator('#area-map .area-map__position').count()).resolves.toBe(2);
    await expect(page.locator('#area-map [data-state="MX-BCN"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#area-map').textContent()).resolves.toContain('name-suggestion-index');
    console.log(`location check to map: ${elapsed} ms`);
    // The map is an image with a text alternative; the verdict is also in words.
    await expect(page.locator('#area-map svg').first().getAttribute('aria-label')).resolves.toContain('accepted area');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('granted, across the border in San Ysidro: region fails with its fix, map still drawn', async () => {
    const { context, page } = await openApp({
      geolocation: { latitude: 32.5556, longitude: -117.047, accuracy: 25 },
      permissions: ['geolocation'],
    });
    await page.click('#check-location');
    const region = page.locator('[data-check="location.region"][data-status="fail"]');
    await region.waitFor();
    await expect(region.textContent()).resolves.toContain('outside Mexico');
    await expect(region.locator('[data-fix="location.outside-area"]').count()).resolves.toBe(1);
    await expect(page.locator('#area-map').count()).resolves.toBe(1);
    await context.close();
  });

  it('approximate location in Oaxaca, in Spanish: accuracy warns, region fails naming the state', async () => {
    const { context, page } = await openApp({
      locale: 'es-MX',
      geolocation: { latitude: 17.0732, longitude: -96.7266, accuracy: 1800 },
      permissions: ['geolocation'],
    });
    await page.click('#check-location');
    await page.locator('[data-check="location.region"][data-status="fail"]').waitFor();
    await expect(page.locator('[data-check="location.region"]').textContent()).resolves.toContain('Oaxaca');
    await expect(status(page, 'location.accuracy')).resolves.toBe('warn');
    await expect(page.locator('[data-check="location.accuracy"]').textContent()).resolves.toContain('Ubicación precisa');
    await context.close();
  });

  it('denied: location.permission fails with the "allow location for this site" fix', async () => {
    const { context, page } = await openApp();
    await blockPermission(context, page, new URL(pwa.url).origin, 'geolocation');
    await page.click('#check-location');
    const permission = page.locator('[data-check="location.permission"][data-status="fail"]');
    await permission.waitFor();
    await expect(permission.textContent()).resolves.toContain('Location is blocked');
    await expect(permission.locator('[data-fix="location.allow-site"]').count()).resolves.toBe(1);
    await expect(permission.locator('details.finding__fixes').getAttribute('open')).resolves.toBe('');
    await expect(status(page, 'location.region')).resolves.toBe('unknown');
    await expect(page.locator('#area-map').count()).resolves.toBe(0);
    await context.close();
  });

  it('offline after the first visit: the region verdict and the map come from the precache', async () => {
    const { context, page } = await openApp({
      geolocation: { latitude: 31.72, longitude: -106.46, accuracy: 30 },
      permissions: ['geolocation'],
    });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-check="location.permission"]').waitFor();
    await page.click('#check-location');
    await page.locator('#area-map').waitFor();
    await expect(status(page, 'location.region')).resolves.toBe('pass');
    await expect(page.locator('[data-check="location.region"]').textContent()).resolves.toContain('Chihuahua');
    await context.close();
  });
});
