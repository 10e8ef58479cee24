import type { RgbaImage } from '../../shared/photo/pixels/measure';

/** Copies of real photos with one fault added, as a camera would make it. */
function map(image: RgbaImage, f: (v: number, x: number, y: number) => number): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const p = i / 4;
    const x = p % image.width;
    const y = (p - x) / image.width;
    data[i] = f(image.data[i]!, x, y);
    data[i + 1] = f(image.data[i + 1]!, x, y);
    data[i + 2] = f(image.data[i + 2]!, x, y);
    data[i + 3] = image.data[i + 3]!;
  }
  return { data, width: image.width, height: image.height };
}

/** Underexposed by `stops` in linear light, re-encoded to sRGB. */
export function darken(image: RgbaImage, stops: number): RgbaImage {
  const lut = Array.from({ length: 256 }, (_, v) => {
    const c = v / 255;
    const lin = (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4) / 2 ** stops;
    return 255 * (lin <= 0.0031308 ? lin * 12.92 : 1.055 * lin ** (1 / 2.4) - 0.055);
  });
  return map(image, (v) => lut[v]!);
}

/** Overexposed by `stops`: highlights clip to white. */
export function brighten(image: RgbaImage, stops: number): RgbaImage {
  return darken(image, -stops);
}

/** Washed out: every value squeezed toward mid-grey (haze, a dirty lens). */
export function washOut(image: RgbaImage, keep: number): RgbaImage {
  return map(image, (v) => 128 + (v - 128) * keep);
}

/** Box blur of the given radius, done twice (close to a Gaussian), as camera shake or focus miss. */
export function blur(image: RgbaImage, radius: number): RgbaImage {
  let current = image;
  for (let pass = 0; pass < 2; pass++) current = boxBlur(current, radius);
  return current;
}

function boxBlur(image: RgbaImage, r: number): RgbaImage {
  const { width: w, height: h } = image;
  const tmp = new Float32Array(w * h * 4);
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let c = 0; c < 4; c++) {
      let sum = 0;
      for (let x = -r; x <= r; x++) sum += image.data[(y * w + Math.min(w - 1, Math.max(0, x))) * 4 + c]!;
      for (let x = 0; x < w; x++) {
        tmp[(y * w + x) * 4 + c] = sum / (2 * r + 1);
        sum += image.data[(y * w + Math.min(w - 1, x + r + 1)) * 4 + c]! - image.data[(y * w + Math.max(0, x - r)) * 4 + c]!;
      }
    }
  }
  for (let x = 0; x < w; x++) {
    for (let c = 0; c < 4; c++) {
      let sum = 0;
      for (let y = -r; y <= r; y++) sum += tmp[(Math.min(h - 1, Math.max(0, y)) * w + x) * 4 + c]!;
      for (let y = 0; y < h; y++) {
        out[(y * w + x) * 4 + c] = sum / (2 * r + 1);
        sum += tmp[(Math.min(h - 1, y + r + 1) * w + x) * 4 + c]! - tmp[(Math.max(0, y - r) * w + x) * 4 + c]!;
      }
    }
  }
  return { data: out, width: w, height: h };
}

/** Backlit: the middle (where a face would be) darkened, the rest brightened, as against a window. */
export function backlight(image: RgbaImage, centreStops: number, surroundStops: number): RgbaImage {
  const dark = darken(image, centreStops);
  const bright = brighten(image, surroundStops);
  const cx = (image.width - 1) / 2;
  const cy = (image.height - 1) / 2;
  const data = new Uint8ClampedArray(image.data.length);
  for (let p = 0; p < image.width * image.height; p++) {
    const x = p % image.width;
    const y = (p - x) / image.width;
    const inside = ((x - cx) / (image.width * 0.25)) ** 2 + ((y - cy) / (image.height * 0.3)) ** 2 <= 1;
    const from = inside ? dark : bright;
    data.set(from.data.subarray(p * 4, p * 4 + 4), p * 4);
  }
  return { data, width: image.width, height: image.height };
}
