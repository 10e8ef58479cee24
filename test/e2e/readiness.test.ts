import { describe, expect, it } from 'vitest';
import {useServedPwa, ALL_RESULTS } from './harness';

const pwa = useServedPwa();

describe('storage, network and device in the PWA, in Chromium', () => {
  it('judges every one with real browser APIs, none crashing', async () => {
    const context = await pwa.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${pwa.url}${ALL_RESULTS}`);
    await page.locator('[data-check="device.camera"]').waitFor();
    console.log(`first load to all findings: ${Date.now() - started} ms`);
    const statuses = Object.fromEntries(
      await page.locator('[data-check]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-check'), n.getAttribute('data-status')])),
    );
    expect(statuses).toMatchObject({
      'storage.site-data': 'pass',
      'network.connection': 'pass',
      'device.browser': 'pass',
    });
    expect(['pass', 'warn']).toContain(statuses['storage.quota']);
    expect(['pass', 'warn']).toContain(statuses['storage.cache']);
    // Headless Chromium without a camera lists none, or hides it.
    expect(['pass', 'warn', 'unknown']).toContain(statuses['device.camera']);
    await expect.poll(() => page.locator('[data-check="network.connection"]').textContent()).toContain('cannot tell if a VPN');
    await expect.poll(() => page.locator('[data-check="storage.quota"]').textContent()).toContain('cannot see the phone');
    await expect.poll(() => page.locator('[data-check="device.browser"]').textContent()).toMatch(/Chrom\w* \d+/);
    await context.close();
  });

  it('offline: the connection warns, with the fix, while everything else still works', async () => {
    const context = await pwa.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${pwa.url}${ALL_RESULTS}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    const network = page.locator('[data-check="network.connection"][data-status="warn"]');
    await network.waitFor();
    await expect.poll(() => network.textContent()).toContain('offline');
    await expect.poll(() => network.locator('[data-fix="network.connect"]').count()).toBe(1);
    // The precache now holds Listo: this origin's Cache Storage is seen and counted.
    await expect.poll(() => page.locator('[data-check="storage.cache"]').getAttribute('data-status')).toBe('pass');
    // The figure is labelled in the shown language: the service worker "controlled" reads "running".
    await expect.poll(() => page.locator('[data-check="storage.cache"] [data-evidence="serviceWorker"]').textContent()).toContain('running');
    await context.close();
  });
});
