import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { downscale, measurePixels, type RgbaImage } from '../shared/photo/pixels/measure';

/**
 * Photo benchmark (issue #3). Prints figures and ratios; asserts nothing.
 * Targets: analysis of a 12 MP photo ≤ 60 ms median; fixer ≤ 500 ms off the main thread.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = `${ROOT}test/fixtures/photos/motorola-xt912-leaves.jpg`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function time(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

function upscale(image: RgbaImage, width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.floor((y * image.height) / height);
    for (let x = 0; x < width; x++) {
      const s = (sy * image.width + Math.floor((x * image.width) / width)) * 4;
      const d = (y * width + x) * 4;
      data[d] = image.data[s]!;
      data[d + 1] = image.data[s + 1]!;
      data[d + 2] = image.data[s + 2]!;
      data[d + 3] = 255;
    }
  }
  return { data, width, height };
}

function nodePart(): void {
  const decoded = jpeg.decode(readFileSync(FIXTURE), { useTArray: true, formatAsRGBA: true });
  const full = upscale({ data: decoded.data, width: decoded.width, height: decoded.height }, 4000, 3000);
  const small = downscale(full);
  const atFull = time(5, () => measurePixels(full));
  const atSmall = time(21, () => measurePixels(small));
  console.log('\n## measurePixels in Node (median)');
  console.log(`12 MP buffer (4000×3000, includes the box downscale): ${ms(atFull)}`);
  console.log(`analysis copy (${small.width}×${small.height}):            ${ms(atSmall)}`);
  console.log(`ratio: ${(atFull / atSmall).toFixed(0)}×`);
}

async function browserPart(): Promise<void> {
  const server = await createServer({ root: ROOT, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 }, worker: { format: 'es' } });
  await server.listen();
  const address = server.httpServer!.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/bench/photo.html`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'listoBench' in window, undefined, { timeout: 60_000 });
    const fixture = [...readFileSync(FIXTURE)];
    const result = await page.evaluate((fixture) => (window as unknown as { listoBench: { run(f: number[]): Promise<unknown> } }).listoBench.run(fixture), fixture);
    type Row = { used: string; total: number; decode: number; measure: number };
    const r = result as Record<string, Row> & { bytes12mp: number; hasImageDecoder: boolean; fix: { worker: number; main: number; size: number; dims: string } };
    console.log(`\n## Whole analysis of a 4000×3000 JPEG (${(r.bytes12mp / 1e6).toFixed(2)} MB) in headless Chromium, main thread, median of 9`);
    console.log(`ImageDecoder available: ${r.hasImageDecoder}`);
    for (const method of ['image-decoder', 'create-image-bitmap', 'full']) {
      const row = r[method]!;
      console.log(`${method.padEnd(20)} (ran: ${row.used.padEnd(19)}) total ${ms(row.total)}  decode ${ms(row.decode)}  measure ${ms(row.measure)}`);
    }
    const best = r['image-decoder']!.total;
    console.log(`ratios: createImageBitmap/ImageDecoder ${(r['create-image-bitmap']!.total / best).toFixed(1)}×, full/ImageDecoder ${(r.full!.total / best).toFixed(1)}×; target ≤ 60 ms: ${best <= 60 ? 'met' : 'NOT met'}`);
    console.log(`\n## Fixer on the 12 MP JPEG (profile cbp-one: ≤ 2000 px, ≤ 1.5 MB), median of 3`);
    console.log(`in our warm worker (wall time, first run dropped): ${ms(r.fix.worker)}; same code on the main thread: ${ms(r.fix.main)}`);
    console.log(`output: ${(r.fix.size / 1000).toFixed(0)} KB, ${r.fix.dims}; target ≤ 500 ms: ${r.fix.worker <= 500 ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchPhoto(): Promise<void> {
  console.log('# Photo');
  nodePart();
  await browserPart();
}
