import { chromium } from 'playwright-core';
import { withBuiltPwa } from './built-pwa';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { median, ms, row } from './measure';

/** DevTools' "Slow 3G": 400 ms round trips, about 400 kbit/s down and up. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

/**
 * A phone on a slow network with a slow processor, first visit (nothing
 * cached): how long until the first screen can be used, and until the first
 * finding is shown after one tap on the Time step.
 */
export async function benchFirstFinding(runs = 3): Promise<void> {
  console.log('\nFirst visit on Slow 3G with 4× CPU slowdown (built PWA, headless Chromium)');
  await withBuiltPwa(async (url) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const firstScreen: number[] = [];
    const firstFinding: number[] = [];
    const afterTap: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 }, isMobile: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const start = Date.now();
        await page.goto(url);
        await page.locator('[data-screen="language"] button.choice').first().waitFor();
        firstScreen.push(Date.now() - start);
        await page.locator('button.choice[lang="es"]').click();
        await page.locator('button.choice--profile').first().click();
        const tapped = Date.now();
        await page.locator('[data-action="time"]').click();
        await page.locator('.verdict').waitFor({ timeout: 60_000 });
        firstFinding.push(Date.now() - start);
        afterTap.push(Date.now() - tapped);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    row('first screen usable (language buttons), median', ms(median(firstScreen)));
    row('first finding from the start (taps included), median', ms(median(firstFinding)));
    row('first finding after the tap on the Time step, median', `${ms(median(afterTap))} (goal ≤ 2 s: ${median(afterTap) <= 2000 ? 'met' : 'not met'})`);
    // DevTools throttles the page, not its service worker: on a real slow line the precache shares the network.
    row('not throttled here', 'the service worker\'s precache download');
  });
}
