import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {blockPermission, launchProfile, useServedPwa } from './harness';

const pwa = useServedPwa();

const openApp = (options: BrowserContextOptions = {}) => pwa.open(options);

describe('the PWA self-check', () => {
  it('shows the time findings with their status in words', async () => {
    const { context, page } = await openApp({ timezoneId: 'America/Mexico_City' });
    const clock = page.locator('[data-check="time.clock"]');
    // Served from this machine: the Date header and the device clock agree.
    await expect.poll(() => clock.getAttribute('data-status')).toBe('pass');
    await expect.poll(() => clock.textContent()).toContain('The clock is right.');
    await expect.poll(() => page.locator('[data-check="time.tzdata"]').getAttribute('data-status')).toBe('pass');
    await expect.poll(() => page.locator('[data-check="time.zone"]').getAttribute('data-status')).toBe('unknown');
    await context.close();
  });

  it('checks the time zone against the position: Mexico City time in Tijuana fails, with the fix', async () => {
    const { context, page } = await openApp({
      timezoneId: 'America/Mexico_City',
      geolocation: { latitude: 32.5149, longitude: -117.0382, accuracy: 30 },
      permissions: ['geolocation'],
    });
    await page.click('[data-action="location"]');
    const zone = page.locator('[data-check="time.zone"][data-status="fail"]');
    await zone.waitFor();
    const text = await zone.textContent();
    expect(text).toContain('Tijuana');
    expect(text).toContain('Set the time zone automatically');
    await context.close();
  });

  it('says so when location is denied', async () => {
    const { context, page } = await openApp({ permissions: [] });
    await blockPermission(context, page, new URL(pwa.url).origin, 'geolocation');
    await page.click('[data-action="location"]');
    await expect.poll(() => page.locator('[data-check="location.permission"]').textContent()).toMatch(/Location is blocked/);
    await context.close();
  });

  it('speaks Spanish and Haitian Creole', async () => {
    const { context, page } = await openApp({ locale: 'es-MX' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('[data-check="time.clock"]').textContent()).toContain('reloj');
    await page.click('.flow__language');
    await page.click('button[lang="ht"]');
    // Each language is its own chunk, loaded when chosen.
    await page.locator('html[lang="ht"]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.flow__brand').textContent()).toBe('Listo');
    // Back on the screen it came from: All results, in Creole.
    await expect.poll(() => page.locator('[data-screen]').getAttribute('data-screen')).toBe('all');
    await expect.poll(() => page.locator('[data-check="time.clock"]').textContent()).toMatch(/lè|Lè/);
    await context.close();
  });

  it('is installable', async () => {
    // Installability is judged in a normal profile, not in the incognito-like contexts of newContext().
    const context = await launchProfile();
    const page = await context.newPage();
    await page.goto(pwa.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(new URL('manifest.webmanifest', pwa.url).href)).json();
    expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
    await context.close();
  });

  it('reloads offline after the first visit, with the clock left unjudged', async () => {
    const { context, page } = await openApp();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // In prompt mode the first service worker does not claim the open page: the next visit is controlled.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-check="time.tzdata"]').waitFor();
    await expect.poll(() => page.locator('[data-check="time.clock"]').getAttribute('data-status')).toBe('unknown');
    await expect.poll(() => page.getByText('You are offline').isVisible()).toBe(true);
    await context.close();
  });

  it('has no serious accessibility violations', async () => {
    const { context, page } = await openApp({ timezoneId: 'America/Mexico_City' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
