import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeHelperCode, recordedStatuses } from '../../shared/report/index';
import { expectAccessible, shoot } from './accessible';
import { ROOT, blockPermission, useServedPwa } from './harness';

const pwa = useServedPwa();
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
const onScreen = (page: Page, name: string) => page.locator(`[data-screen="${name}"]`).waitFor();
/** Skips the steps from `from` on, one screen at a time (a press lands on the screen it was meant for). */
async function skipSteps(page: Page, steps: string[]): Promise<void> {
  for (const step of steps) {
    await onScreen(page, `step-${step}`);
    await page.locator(`[data-screen="step-${step}"]`).getByRole('button', { name: 'Skip this step' }).click();
  }
}
/** The line of the summary's "not checked" group that names this check, with its reason. */
const uncheckedLine = (page: Page, check: string) => page.locator('.summary__group--unchecked li', { has: page.locator(`[data-check="${check}"]`) });

/** Walks the four steps, pressing each step's action; `check` runs on every screen. */
async function walkSteps(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  for (const step of ['location', 'time', 'photo', 'phone']) {
    await page.locator(`[data-screen="step-${step}"]`).waitFor();
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
  // Ten screens, each checked by axe and photographed: minutes on a busy 2-core machine, so a cap well above that.
  it('walks in Spanish from the language screen through Tijuana and a photo to the summary', { timeout: 240_000 }, async () => {
    const { context, page } = await openFlow(TIJUANA);
    const check = async (name: string) => {
      await expectAccessible(page, name);
      await shoot(page, `es-${name}`);
    };
    await expect.poll(() => screen(page)).toBe('language');
    await check('language');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => screen(page)).toBe('profile');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await check('profile');
    await page.locator('[data-profile="cbp-one"]').click();
    await walkSteps(page, check);
    await expect.poll(() => screen(page)).toBe('summary');
    await check('summary');
    // In Tijuana with the right zone and a precise position, location is ready.
    await expect.poll(() => page.locator('.summary__group--ready [data-check="location.region"]').count()).toBe(1);
    await expect.poll(() => page.locator('.summary__group--ready [data-check="time.zone"]').count()).toBe(1);
    await expect.poll(() => page.locator('.summary__counts').textContent()).toMatch(/listas?\./);
    // "Show to a helper": the code decodes again to the statuses the summary shows.
    const shown = await page.locator('[data-screen="summary"] [data-check]').evaluateAll((items) =>
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
    await onScreen(page, 'summary');
    // A reload returns to the screen it was on; the next visit remembers the language and starts at the app screen.
    await page.reload();
    await onScreen(page, 'summary');
    const nextVisit = await context.newPage();
    await nextVisit.goto(pwa.url);
    await onScreen(nextVisit, 'profile');
    await context.close();
  });

  it('counts nothing as fine that was skipped, and says what to do to check it', async () => {
    const { context, page } = await openFlow({ ...PHONE, locale: 'en-US', timezoneId: 'America/Tijuana' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-profile="cbp-one"]').click();
    await skipSteps(page, ['location', 'time', 'photo', 'phone']);
    await onScreen(page, 'summary');
    await expect.poll(() => uncheckedLine(page, 'time.clock').textContent()).toContain('Check the time to check it');
    await expect.poll(() => uncheckedLine(page, 'photo.exposure').textContent()).toContain('Take a selfie');
    await expect.poll(() => uncheckedLine(page, 'storage.quota').textContent()).toContain('Check your phone');
    // The photo checks that wait for a photo share one line, not ten.
    await expect.poll(() => page.locator('.summary__group--unchecked li', { hasText: 'Take a selfie' }).count()).toBe(1);
    await expect.poll(() => page.locator('.summary__group--ready li').count()).toBe(0);
    await expect.poll(() => page.locator('.summary__counts').textContent()).toMatch(/not checked/);
    // Each line leads back to the step where it is checked.
    await uncheckedLine(page, 'time.clock').getByRole('button', { name: 'Go to Time' }).click();
    await onScreen(page, 'step-time');
    await context.close();
  });

  it('with location denied, the fix is shown and the summary names what could not be checked', async () => {
    const { context, page } = await openFlow({ ...PHONE, locale: 'en-US', timezoneId: 'America/Tijuana' });
    await blockPermission(context, page, new URL(pwa.url).origin, 'geolocation');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-profile="cbp-one"]').click();
    await onScreen(page, 'step-location');
    await page.locator('[data-action="location"]').click();
    await page.locator('.verdict--fail').waitFor();
    await expect.poll(() => page.locator('[data-check="location.permission"] [data-fix="location.allow-site"]').count()).toBe(1);
    await expectAccessible(page, 'location-denied');
    await shoot(page, 'en-location-denied');
    await page.locator('#next').click();
    await skipSteps(page, ['time', 'photo', 'phone']);
    await onScreen(page, 'summary');
    await expect.poll(() => page.locator('.summary__group--fix [data-check="location.permission"]').count()).toBe(1);
    await expect.poll(() => uncheckedLine(page, 'location.region').count()).toBe(1);
    await expect.poll(() => uncheckedLine(page, 'time.zone').textContent()).toContain('Check the time');
    await context.close();
  });

  it('works offline after the first visit, the same way', async () => {
    const { context, page } = await openFlow(TIJUANA);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-screen]').waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.locator('[data-profile="cbp-one"]').click();
    await walkSteps(page, async () => undefined);
    await expect.poll(() => screen(page)).toBe('summary');
    await expect.poll(() => page.locator('.summary__group--ready [data-check="location.region"]').count()).toBe(1);
    // Offline the clock cannot be compared: said, not counted as fine.
    await expect.poll(() => page.locator('.summary__group--unchecked [data-check="time.clock"]').count()).toBe(1);
    await context.close();
  });

  it('draws a working language screen before any catalogue has arrived (a slow line), and the rest with it', async () => {
    const context = await pwa.browser.newContext({ ...PHONE, locale: 'fr-FR' });
    const page = await context.newPage();
    // Hold every catalogue chunk until the language screen has been checked.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/assets\/(?:messages\/)?(es|en|ht|pt|fr|ru|zh|hi|pa|tr|ar)-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(pwa.url);
    await page.locator('[data-screen="language"] h1').waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Choisissez votre langue');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect.poll(() => page.locator('[data-screen="language"] button.choice').count()).toBe(11);
    await expect.poll(() => page.locator('.flow__footer').count()).toBe(0);
    await page.getByRole('button', { name: 'Kreyòl ayisyen' }).click();
    release();
    await page.locator('[data-screen="profile"]').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ht');
    await expect.poll(() => page.locator('.flow__footer').textContent()).toContain('Listo');
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
    await page.getByText('Listo now works in this browser without internet').waitFor();
    // A frame for the observer to report in.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { shifts: string[] }).shifts)).toEqual([]);
    await context.close();
  });

  it('can be walked with the keyboard alone, focus moving to each result', async () => {
    const { context, page } = await openFlow(TIJUANA);
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    /** Tabs to the control, as a person would, and presses Enter on it once it is there and enabled. */
    const press = async (control: Locator) => {
      await expect.poll(() => control.isEnabled()).toBe(true);
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        // Compares elements, not text: <body> (where focus rests when it is lost) holds every label's text.
        if (await control.evaluate((el) => el === document.activeElement)) return page.keyboard.press('Enter');
      }
      throw new Error(`Tab never reached ${control}`);
    };
    const verdictFocused = () => expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('verdict__sentence') ?? false)).toBe(true);
    await press(button('Español'));
    await onScreen(page, 'profile');
    await press(page.locator('[data-profile="cbp-one"]'));
    await onScreen(page, 'step-location');
    await press(button('Revisar mi ubicación'));
    await verdictFocused();
    await expect.poll(() => page.locator('.verdict__sentence').textContent()).not.toMatch(/Todavía no se revisó/);
    await press(button('Siguiente'));
    await onScreen(page, 'step-time');
    await press(button('Revisar la hora'));
    await verdictFocused();
    await press(button('Siguiente'));
    await onScreen(page, 'step-photo');
    await press(button('Saltar este paso'));
    await onScreen(page, 'step-phone');
    await press(button('Revisar mi teléfono'));
    await verdictFocused();
    await press(button('Ver el resumen'));
    await onScreen(page, 'summary');
    await context.close();
  });
});

describe('trainer mode in the PWA', () => {
  const SCENARIOS: Array<{ id: string; step: 'time' | 'location' | 'photo'; check: string; status: string }> = [
    { id: 'location-denied', step: 'location', check: 'location.permission', status: 'fail' },
    { id: 'selfie-too-dark', step: 'photo', check: 'photo.exposure', status: 'fail' },
    { id: 'stale-tzdata-mexico-city-2023', step: 'time', check: 'time.tzdata', status: 'fail' },
  ];

  // Three recorded phones through every screen, with axe: minutes on a busy 2-core machine, so a cap well above that.
  it('replays recorded phones through the same screens, with the demo banner on every screen', { timeout: 240_000 }, async () => {
    const { context, page } = await openFlow({ ...PHONE, locale: 'en-US' });
    await page.getByRole('button', { name: 'English' }).click();
    for (const scenario of SCENARIOS) {
      await page.getByRole('button', { name: 'Trainer mode' }).click();
      await expect.poll(() => screen(page)).toBe('trainer');
      await page.locator(`[data-scenario="${scenario.id}"]`).click();
      await page.locator('[data-screen="profile"]').waitFor();
      await page.locator('button.choice--current').click();
      for (const step of ['location', 'time', 'photo', 'phone']) {
        await expect.poll(() => page.locator('.demo-banner').isVisible(), { message: `${scenario.id} ${step}` }).toBe(true);
        await page.locator(`[data-action="${step}"]`).click();
        await page.locator('.verdict').waitFor();
        await expect.poll(() => page.locator('.demo-banner').isVisible()).toBe(true);
        if (step === scenario.step) {
          await expect.poll(() => page.locator(`[data-check="${scenario.check}"]`).first().getAttribute('data-status')).toBe(scenario.status);
          await expectAccessible(page, `${scenario.id} ${step}`);
          await shoot(page, `trainer-${scenario.id}`);
        }
        await page.locator('#next').click();
      }
      await expect.poll(() => screen(page)).toBe('summary');
      await expect.poll(() => page.locator('.demo-banner').isVisible()).toBe(true);
      await expect.poll(() => page.locator(`.summary__group--fix [data-check="${scenario.check}"]`).count()).toBe(1);
      await page.getByRole('button', { name: 'Leave the demo' }).click();
      await expect.poll(() => page.locator('.demo-banner').count()).toBe(0);
      await expect.poll(() => screen(page)).toBe('profile');
    }
    await context.close();
  });
});
