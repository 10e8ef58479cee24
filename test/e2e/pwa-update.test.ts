import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PWA_DIR, launchProfile, servePwa, ALL_RESULTS } from './harness';

let server: PreviewServer;
let url: string;
let context: BrowserContext;
let copy: string;

beforeAll(async () => {
  // A copy of the build, so that a "new version" can be published without touching dist/.
  copy = mkdtempSync(`${tmpdir()}/listo-pwa-`);
  cpSync(PWA_DIR, copy, { recursive: true });
  ({ server, url } = await servePwa(copy));
  context = await launchProfile();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('PWA updates', () => {
  it('asks before switching to a new version, and switches when told', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('listo.language', 'en'));
    await page.goto(`${url}${ALL_RESULTS}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.locator('[data-check="time.tzdata"]').waitFor();
    expect(await page.getByText('A new version of Listo is ready.').count()).toBe(0);

    appendFileSync(`${copy}/sw.js`, '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('A new version of Listo is ready.').waitFor();

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
    await page.locator('[data-check="time.tzdata"]').waitFor();
    const active = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null);
    expect(active).toBe(true);
    await page.close();
  });
});
