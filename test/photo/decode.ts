import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../shared/photo/pixels/measure';

export const PHOTOS = new URL('../fixtures/photos/', import.meta.url);

export function photoBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, PHOTOS)));
}

/** Decodes a JPEG fixture in Node (jpeg-js, test-only): the browser decodes in the app. */
export function decodeJpeg(name: string): RgbaImage {
  const decoded = jpeg.decode(readFileSync(new URL(name, PHOTOS)), { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { data: decoded.data, width: decoded.width, height: decoded.height };
}
