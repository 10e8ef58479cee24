/**
 * Renders the PWA icons from pwa/public/favicon.svg with Debian's Chromium.
 * Run once when the logo changes (npx tsx scripts/make-icons.ts); the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';

const svg = readFileSync('pwa/public/favicon.svg', 'utf8');
// Maskable: full-bleed background, the mark inside the central 80 % safe zone.
const maskable = svg.replace('rx="96"', 'rx="0"').replace('<path', '<path transform="translate(51.2 51.2) scale(0.8)"');

const icons: Array<[string, string, number]> = [
  ['pwa/public/pwa-192x192.png', svg, 192],
  ['pwa/public/pwa-512x512.png', svg, 512],
  ['pwa/public/maskable-icon-512x512.png', maskable, 512],
  ['pwa/public/apple-touch-icon-180x180.png', maskable, 180],
  ['extension/public/icon-16.png', svg, 16],
  ['extension/public/icon-48.png', svg, 48],
  ['extension/public/icon-128.png', svg, 128],
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [file, source, size] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  writeFileSync(file, await page.screenshot({ omitBackground: true }));
}
await browser.close();
