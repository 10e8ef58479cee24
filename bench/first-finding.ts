import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { median, ms, row } from './measure';
import { SLOW_LINE, startSlowLineServer } from './slow-line-server';

const DIST = new URL('../dist/pwa/', import.meta.url).pathname;

/**
 * A phone on a slow network with a slow processor, first visit (nothing
 * cached): how long until the first screen can be used, and until the first
 * finding is shown after one tap on the Time step.
 */
export async function benchFirstFinding(runs = 3): Promise<void> {
  console.log(`\nFirst finding on a first visit: slow-line server (${SLOW_LINE.latencyMs} ms per response, ${SLOW_LINE.bitsPerSecond / 1000} kbit/s shared, service worker included), page CPU 4× slower (built PWA, headless Chromium)`);
  if (!existsSync(`${DIST}index.html`)) return row('not built', 'run `npm run build` first');
  const server = await startSlowLineServer({ root: DIST, ...SLOW_LINE });
  const url = server.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const firstScreen: number[] = [];
  const firstFinding: number[] = [];
  const afterTap: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const start = Date.now();
      await page.goto(url);
      await page.locator('[data-screen="language"] button.choice').first().waitFor();
      firstScreen.push(Date.now() - start);
      await page.locator('button.choice[lang="es"]').click();
      await page.locator('button.choice--profile').first().click();
      // Location comes first (the time zone is judged against it); skipped here, the Time step is measured.
      await page.locator('[data-screen="step-location"] .actions button.secondary').last().click();
      const tapped = Date.now();
      await page.locator('[data-action="time"]').click();
      await page.locator('.verdict').waitFor({ timeout: 60_000 });
      firstFinding.push(Date.now() - start);
      afterTap.push(Date.now() - tapped);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  row('first screen usable (language buttons), median', ms(median(firstScreen)));
  row('first finding from the start (taps included), median', ms(median(firstFinding)));
  row('first finding after the tap on the Time step, median', `${ms(median(afterTap))} (goal ≤ 2 s: ${median(afterTap) <= 2000 ? 'met' : 'not met'})`);
}
