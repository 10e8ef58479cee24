import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeHelperCode, recordedStatuses } from '../../shared/report/index';
import { ROOT, blockPermission, useServedPwa } from './harness';

const pwa = useServedPwa();
const SCREENS = `${ROOT}test-results/screens/`;
const PHOTO = `${ROOT}test/fixtures/photos/canon-face.jpg`;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const TIJUANA = {
  ...PHONE,
  locale: 'es-MX',
  timezoneId: 'America/Tijuana',
  geolocation: { latitude: 32.5149, longitude: -117.0382, accuracy: 25 },
  permissions: ['geolocation'],
};

async function openFlow(options: Parameters<typeof pwa.browser.newContext>[0]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await pwa.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(pwa.url);
  await page.locator('[data-screen]').waitFor();
  return { context, page };
}

const screen = (page: Page) => page.locator('[data-screen]').getAttribute('data-screen');

/** axe (WCAG 2 A and AA) finds nothing, every target is at least 48 px, and the page does not scroll sideways. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], select, summary, input:not([type="file"]):not([type="radio"]):not([type="checkbox"]), label.platform-switch__option, label.checkbox')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 47.5 || box.width < 47.5)
      .map(({ el, box }) => `${Math.round(box.width)}×${Math.round(box.height)} ${el}`),
  );
  expect(small, `${name}: touch targets under 48 px`).toEqual([]);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(sideways, `${name}: horizontal scroll`).toBe(false);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}${name}.png`, fullPage: true });
}

/** Walks the four steps, pressing each step's action; `check` runs on every screen. */
async function walkSteps(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  for (const step of ['time', 'location', 'photo', 'phone']) {
    await expect(screen(page)).resolves.toBe(`step-${step}`);
    await check(`${step}-action`);
    if (step === 'photo') {
      const chooser = page.waitForEvent('filechooser');
      await page.locator(`[data-action="${step}"]`).click();
      await (await chooser).setFiles(PHOTO);
    } else {
      await page.locator(`[data-action="${step}"]`).click();
    }
    await page.locator('.verdict').waitFor({ timeout: 30_000 });
    await check(`${step}-result`);
    await page.locator('#next').click();
  }
}

describe('the guided self-check, at 390×844', () => {
  it('walks in Spanish from the language screen through Tijuana and a photo to the summary', async () => {
    const { context, page } = await openFlow(TIJUANA);
    const check = async (name: string) => {
      await expectAccessible(page, name);
      await shoot(page, `es-${name}`);
    };
    await expect(screen(page)).resolves.toBe('language');
    await check('language');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(screen(page)).resolves.toBe('profile');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await check('profile');
    await page.locator('[data-profile="cbp-one"]').click();
    await walkSteps(page, check);
    await expect(screen(page)).resolves.toBe('summary');
    await check('summary');
    // In Tijuana with the right zone and a precise position, location is ready.
    await expect(page.locator('.summary__group--ready [data-check="location.region"]').count()).resolves.toBe(1);
    await expect(page.locator('.summary__group--ready [data-check="time.zone"]').count()).resolves.toBe(1);
    await expect(page.locator('.summary__counts').textContent()).resolves.toMatch(/listas?\./);
    // "Show to a helper": the code decodes again to the statuses the summary shows.
    const shown = await page.locator('[data-screen="summary"] li[data-check]').evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-status')])),
    );
    await page.locator('#show-helper').click();
    await page.locator('[data-code]').waitFor();
    await page.locator('.helper-qr svg').waitFor();
    await check('helper');
    const code = (await page.locator('[data-code]').getAttribute('data-code'))!;
    const decoded = decodeHelperCode(code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const statuses = recordedStatuses(decoded.report);
    for (const [check, status] of Object.entries(shown)) {
      // A check that did not run travels as "not run"; the summary lists it as not checked.
      expect([check, statuses[check as keyof typeof statuses] === 'not-run' ? 'unknown' : statuses[check as keyof typeof statuses]]).toEqual([check, status]);
    }
    expect(decoded.report.language).toBe('es');
    await page.getByRole('button', { name: 'Volver' }).click();
    // The choice of language is remembered: the next visit starts at the app screen.
    await page.reload();
    await page.locator('[data-screen]').waitFor();
    await expect(screen(page)).resolves.toBe('profile');
    await context.close();
  });

  it('counts nothing as fine that was skipped, and says what to do to check it', async () => {
    const { context, page } = await openFlow({ ...PHONE, locale: 'en-US', timezoneId: 'America/Tijuana' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-profile="cbp-one"]').click();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(screen(page)).resolves.toBe('summary');
    const unchecked = page.locator('.summary__group--unchecked');
    await expect(unchecked.locator('[data-check="time.clock"]').textContent()).resolves.toContain('Check the time to check it');
    await expect(unchecked.locator('[data-check="photo.exposure"]').textContent()).resolves.toContain('Take a selfie');
    await expect(unchecked.locator('[data-check="storage.quota"]').textContent()).resolves.toContain('Check your phone');
    await expect(page.locator('.summary__group--ready li').count()).resolves.toBe(0);
    await expect(page.locator('.summary__counts').textContent()).resolves.toMatch(/not checked/);
    await context.close();
  });

  it('with location denied, the fix is shown and the summary names what could not be checked', async () => {
    const { context, page } = await openFlow({ ...PHONE, locale: 'en-US', timezoneId: 'America/Tijuana' });
    await blockPermission(context, page, new URL(pwa.url).origin, 'geolocation');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-profile="cbp-one"]').click();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.locator('[data-action="location"]').click();
    await page.locator('.verdict--fail').waitFor();
    await expect(page.locator('[data-check="location.permission"] [data-fix="location.allow-site"]').count()).resolves.toBe(1);
    await expectAccessible(page, 'location-denied');
    await shoot(page, 'en-location-denied');
    await page.locator('#next').click();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(page.locator('.summary__group--fix [data-check="location.permission"]').count()).resolves.toBe(1);
    const region = page.locator('.summary__group--unchecked [data-check="location.region"]');
    await expect(region.count()).resolves.toBe(1);
    await expect(page.locator('.summary__group--unchecked [data-check="time.zone"]').textContent()).resolves.toContain('Check the time');
    await context.close();
  });

  it('works offline after the first visit, the same way', async () => {
    const { context, page } = await openFlow(TIJUANA);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-screen]').waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.locator('[data-profile="cbp-one"]').click();
    await walkSteps(page, async () => undefined);
    await expect(screen(page)).resolves.toBe('summary');
    await expect(page.locator('.summary__group--ready [data-check="location.region"]').count()).resolves.toBe(1);
    // Offline the clock cannot be compared: said, not counted as fine.
    await expect(page.locator('.summary__group--unchecked [data-check="time.clock"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('draws a working language screen before any catalogue has arrived (a slow line), and the rest with it', async () => {
    const context = await pwa.browser.newContext({ ...PHONE, locale: 'fr-FR' });
    const page = await context.newPage();
    // Hold every catalogue chunk until the language screen has been checked.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/assets\/(es|en|ht|pt|fr|ru|zh|hi|pa|tr|ar)-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(pwa.url);
    await page.locator('[data-screen="language"] h1').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Choisissez votre langue');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await expect(page.locator('[data-screen="language"] button.choice').count()).resolves.toBe(11);
    await expect(page.locator('.flow__footer').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Kreyòl ayisyen' }).click();
    release();
    await page.locator('[data-screen="profile"]').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ht');
    await expect(page.locator('.flow__footer').textContent()).resolves.toContain('Listo');
    await context.close();
  });

  it('does not move the first screen when the news that Listo is saved for offline arrives', async () => {
    const context = await pwa.browser.newContext({ ...PHONE, locale: 'en-US' });
    await context.addInitScript(() => {
      const shifts: string[] = [];
      (globalThis as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>) {
          shifts.push(`${entry.value.toFixed(3)} ${entry.sources.map((source) => (source.node as Element | undefined)?.className).join(' ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(pwa.url);
    await page.locator('[data-screen="language"]').waitFor();
    await page.getByText('Listo is saved on this phone').waitFor();
    // A frame for the observer to report in.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    await expect(page.evaluate(() => (globalThis as unknown as { shifts: string[] }).shifts)).resolves.toEqual([]);
    await context.close();
  });

  it('can be walked with the keyboard alone', async () => {
    const { context, page } = await openFlow(TIJUANA);
    const press = async (name: RegExp) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (name.test(focused)) {
          // As a person would: a button busy with the step's check is pressed once it is enabled again.
          await page.waitForFunction(() => !(document.activeElement as HTMLButtonElement | null)?.disabled);
          return page.keyboard.press('Enter');
        }
      }
      throw new Error(`no focusable ${name}`);
    };
    await press(/^Español$/);
    await expect(screen(page)).resolves.toBe('profile');
    await press(/CBP One/);
    await expect(screen(page)).resolves.toBe('step-time');
    await press(/Revisar la hora/);
    await page.locator('.verdict').waitFor();
    await press(/Siguiente/);
    await expect(screen(page)).resolves.toBe('step-location');
    await press(/Revisar mi ubicación/);
    await page.locator('.verdict').waitFor();
    await press(/Siguiente/);
    await expect(screen(page)).resolves.toBe('step-photo');
    await press(/Saltar este paso/);
    await press(/Revisar mi teléfono/);
    await page.locator('.verdict').waitFor();
    await press(/Ver el resumen/);
    await expect(screen(page)).resolves.toBe('summary');
    await context.close();
  });
});

describe('trainer mode in the PWA', () => {
  const SCENARIOS: Array<{ id: string; step: 'time' | 'location' | 'photo'; check: string; status: string }> = [
    { id: 'location-denied', step: 'location', check: 'location.permission', status: 'fail' },
    { id: 'selfie-too-dark', step: 'photo', check: 'photo.exposure', status: 'fail' },
    { id: 'stale-tzdata-mexico-city-2023', step: 'time', check: 'time.tzdata', status: 'fail' },
  ];

  it('replays recorded phones through the same screens, with the demo banner on every screen', async () => {
    const { context, page } = await openFlow({ ...PHONE, locale: 'en-US' });
    await page.getByRole('button', { name: 'English' }).click();
    for (const scenario of SCENARIOS) {
      await page.getByRole('button', { name: 'Trainer mode' }).click();
      await expect(screen(page)).resolves.toBe('trainer');
      await page.locator(`[data-scenario="${scenario.id}"]`).click();
      await page.locator('[data-screen="profile"]').waitFor();
      await page.locator('button.choice--current').click();
      for (const step of ['time', 'location', 'photo', 'phone']) {
        await expect(page.locator('.demo-banner').isVisible(), `${scenario.id} ${step}`).resolves.toBe(true);
        await page.locator(`[data-action="${step}"]`).click();
        await page.locator('.verdict').waitFor();
        await expect(page.locator('.demo-banner').isVisible()).resolves.toBe(true);
        if (step === scenario.step) {
          await expect(page.locator(`[data-check="${scenario.check}"]`).first().getAttribute('data-status')).resolves.toBe(scenario.status);
          await expectAccessible(page, `${scenario.id} ${step}`);
          await shoot(page, `trainer-${scenario.id}`);
        }
        await page.locator('#next').click();
      }
      await expect(screen(page)).resolves.toBe('summary');
      await expect(page.locator('.demo-banner').isVisible()).resolves.toBe(true);
      await expect(page.locator(`.summary__group--fix [data-check="${scenario.check}"]`).count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Leave the demo' }).click();
      await expect(page.locator('.demo-banner').count()).resolves.toBe(0);
      await expect(screen(page)).resolves.toBe('profile');
    }
    await context.close();
  });
});
