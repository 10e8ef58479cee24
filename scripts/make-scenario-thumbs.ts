/**
 * Small copies of the scenario photos for the screen. The full photos stay the
 * source of the recorded facts (scripts/make-scenarios.ts, checked by the
 * scenario tests); the app shows and precaches only these (half of each side,
 * quality 60: about 4 KB each, as the 360×480 photos' copies were at 70).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import jpeg from 'jpeg-js';

const DIR = new URL('../shared/scenarios/photos/', import.meta.url);
const SCALE = 2;

for (const name of readdirSync(DIR).filter((file) => file.endsWith('.jpg'))) {
  const source = jpeg.decode(readFileSync(new URL(name, DIR)), { useTArray: true });
  const width = Math.floor(source.width / SCALE);
  const height = Math.floor(source.height / SCALE);
  const data = new Uint8Array(width * height * 4);
  // A box filter: each thumbnail pixel is the mean of its SCALE × SCALE block.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < SCALE; dy++) for (let dx = 0; dx < SCALE; dx++) sum += source.data[((y * SCALE + dy) * source.width + x * SCALE + dx) * 4 + c]!;
        data[(y * width + x) * 4 + c] = Math.round(sum / (SCALE * SCALE));
      }
    }
  }
  const thumb = jpeg.encode({ data, width, height }, 60);
  writeFileSync(new URL(`thumbs/${name}`, DIR), thumb.data);
  console.log(`${name}: ${width}×${height}, ${thumb.data.length} bytes`);
}
