import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/index';
import { ROOT, useServedPwa } from './harness';

const pwa = useServedPwa();
const SCREENS = `${ROOT}test-results/screens/languages/`;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const TIJUANA = { ...PHONE, timezoneId: 'America/Tijuana', geolocation: { latitude: 32.5149, longitude: -117.0382, accuracy: 25 }, permissions: ['geolocation'] };

/** Opens the flow on a phone whose language is `code`, picks it, the first app, checks the location and shows the time result. */
async function locationResult(code: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await pwa.browser.newContext({ ...TIJUANA, locale: code });
  const page = await context.newPage();
  await page.goto(pwa.url);
  await page.locator('[data-screen="language"]').waitFor();
  await page.locator(`button.choice[lang="${code}"]`).click();
  await page.locator('[data-screen="profile"]').waitFor();
  await page.locator('button.choice--profile').first().click();
  await page.locator('[data-screen="step-location"] [data-action="location"]').click();
  await page.locator('[data-screen="step-location"] .verdict').waitFor();
  await page.locator('#next').click();
  await page.locator('[data-screen="step-time"] [data-action="time"]').click();
  await page.locator('[data-screen="step-time"] .verdict').waitFor();
  return { page, close: () => context.close() };
}

async function expectReadable(page: Page, code: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${code}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(sideways, `${code}: horizontal scroll`).toBe(false);
}

describe('the self-check in every language, at 390×844', () => {
  it('in Arabic: right to left, no horizontal scroll, no accessibility violation', async () => {
    const { page, close } = await locationResult('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
    await expectReadable(page, 'ar');
    await close();
  });

  for (const code of ['hi', 'zh']) {
    it(`in ${code}: left to right, no horizontal scroll, no accessibility violation`, async () => {
      const { page, close } = await locationResult(code);
      await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(code);
      await expectReadable(page, code);
      await close();
    });
  }

  it('shows the result screen in each of the eleven languages (screenshots in test-results/screens/languages/)', async () => {
    mkdirSync(SCREENS, { recursive: true });
    for (const language of LANGUAGES) {
      const { page, close } = await locationResult(language.code);
      // Every language shows its own words: the heading is not the English one unless the language is English.
      const heading = await page.locator('h1').textContent();
      if (language.code !== 'en') expect(heading, language.code).not.toBe('Location');
      await page.screenshot({ path: `${SCREENS}${language.code}-location.png`, fullPage: true });
      await close();
    }
  });
});
