import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './harness';

const SCREENS = `${ROOT}test-results/screens/`;

/** axe (WCAG 2 A and AA) finds nothing, every target is at least 48 px, and the page does not scroll sideways. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
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
  // What sticks out, innermost first, so a failure names the element to mend.
  const sideways = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && ![...el.children].some((child) => child.getBoundingClientRect().right > width + 0.5))
      .slice(0, 5)
      .map((el) => `${Math.round(el.getBoundingClientRect().right)} > ${width}: ${el.outerHTML.slice(0, 100)}`);
  });
  expect(sideways, `${name}: horizontal scroll`).toEqual([]);
}

export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}${name}.png`, fullPage: true });
}

