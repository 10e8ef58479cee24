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
    await expect.poll(() => status(page, 'location.permission')).toBe('unknown');
    await expect.poll(() => page.locator('[data-check="location.permission"]').textContent()).toContain('Check my location');
    await expect.poll(() => page.locator('#area-map').count()).toBe(0);
    await context.close();
  });

  it('granted, in Tijuana: permission, accuracy and region pass, and the map shows the position', async () => {
    const { context, page } = await openApp({
      geolocation: { latitude: 32.5149, longitude: -117.0382, accuracy: 25 },
      permissions: ['geolocation'],
      timezoneId: 'America/Tijuana',
    });
    await expect.poll(() => status(page, 'location.permission')).toBe('pass'); // the hint says granted
    const started = Date.now();
    await page.click('[data-action="location"]');
    await page.locator('#area-map').waitFor();
    const elapsed = Date.now() - started;
    await expect.poll(() => status(page, 'location.region')).toBe('pass');
    await expect.poll(() => status(page, 'location.accuracy')).toBe('pass');
    await expect.poll(() => page.locator('[data-check="location.region"]').textContent()).toContain('Baja California');
    // Two views (country and close-up), each with the accuracy circle and the position.
    await expect.poll(() => page.locator('#area-map svg').count()).toBe(2);
    await expect.poll(() => page.locator('#area-map .area-map__position').count()).toBe(2);
    await expect.poll(() => page.locator('#area-map [data-state="MX-BCN"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#area-map').textContent()).toContain('name-suggestion-index');
    console.log(`location check to map: ${elapsed} ms`);
    // The map is an image with a text alternative; the verdict is also in words.
    await expect.poll(() => page.locator('#area-map svg').first().getAttribute('aria-label')).toContain('accepted area');
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
    await page.click('[data-action="location"]');
    const region = page.locator('[data-check="location.region"][data-status="fail"]');
    await region.waitFor();
    await expect.poll(() => region.textContent()).toContain('outside Mexico');
    await expect.poll(() => region.locator('[data-fix="location.outside-area"]').count()).toBe(1);
    await expect.poll(() => page.locator('#area-map').count()).toBe(1);
    await context.close();
  });

  it('approximate location in Oaxaca, in Spanish: accuracy warns, region fails naming the state', async () => {
    const { context, page } = await openApp({
      locale: 'es-MX',
      geolocation: { latitude: 17.0732, longitude: -96.7266, accuracy: 1800 },
      permissions: ['geolocation'],
    });
    await page.click('[data-action="location"]');
    await page.locator('[data-check="location.region"][data-status="fail"]').waitFor();
    await expect.poll(() => page.locator('[data-check="location.region"]').textContent()).toContain('Oaxaca');
    await expect.poll(() => status(page, 'location.accuracy')).toBe('warn');
    await expect.poll(() => page.locator('[data-check="location.accuracy"]').textContent()).toContain('Ubicación precisa');
    await context.close();
  });

  it('denied: location.permission fails with the "allow location for this site" fix', async () => {
    const { context, page } = await openApp();
    await blockPermission(context, page, new URL(pwa.url).origin, 'geolocation');
    await page.click('[data-action="location"]');
    const permission = page.locator('[data-check="location.permission"][data-status="fail"]');
    await permission.waitFor();
    await expect.poll(() => permission.textContent()).toContain('Location is blocked');
    await expect.poll(() => permission.locator('[data-fix="location.allow-site"]').count()).toBe(1);
    await expect.poll(() => permission.locator('[data-fix="location.allow-site"]').isVisible()).toBe(true);
    await expect.poll(() => status(page, 'location.region')).toBe('unknown');
    await expect.poll(() => page.locator('#area-map').count()).toBe(0);
    await context.close();
  });

  it('offline after the first visit: the region verdict and the map come from the precache', async () => {
    const { context, page } = await openApp({
      geolocation: { latitude: 31.72, longitude: -106.46, accuracy: 30 },
      permissions: ['geolocation'],
    });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-check="location.permission"]').waitFor();
    await page.click('[data-action="location"]');
    await page.locator('#area-map').waitFor();
    await expect.poll(() => status(page, 'location.region')).toBe('pass');
    await expect.poll(() => page.locator('[data-check="location.region"]').textContent()).toContain('Chihuahua');
    await context.close();
  });
});
