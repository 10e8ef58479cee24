import type { RgbaImage } from './pixels/measure';

/**
 * EXIF orientation (TIFF 6.0, tag 274) applied to RGBA pixels: the picture as
 * the person sees it. Pure. Used only where the decoder did not already turn
 * it (Chromium and Safari do: docs/pitfalls.md, "Orientation applied twice").
 */
export function orientRgba(image: RgbaImage, orientation: number): RgbaImage {
  if (orientation < 2 || orientation > 8) return image;
  const { width: w, height: h, data } = image;
  const swaps = orientation >= 5;
  const ow = swaps ? h : w;
  const oh = swaps ? w : h;
  const out = new Uint8ClampedArray(ow * oh * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Where the stored pixel (x, y) lands in the displayed picture.
      let dx: number;
      let dy: number;
      switch (orientation) {
        case 2: dx = w - 1 - x; dy = y; break;
        case 3: dx = w - 1 - x; dy = h - 1 - y; break;
        case 4: dx = x; dy = h - 1 - y; break;
        case 5: dx = y; dy = x; break;
        case 6: dx = h - 1 - y; dy = x; break;
        case 7: dx = h - 1 - y; dy = w - 1 - x; break;
        default: dx = y; dy = w - 1 - x; break; // 8
      }
      const s = (y * w + x) * 4;
      const d = (dy * ow + dx) * 4;
      out[d] = data[s]!;
      out[d + 1] = data[s + 1]!;
      out[d + 2] = data[s + 2]!;
      out[d + 3] = data[s + 3]!;
    }
  }
  return { data: out, width: ow, height: oh };
}

/** Whether a decoded picture of `decoded` size still has the stored sides (was not turned), for orientations 5–8. */
export function looksUnturned(orientation: number, stored: { width: number; height: number }, decoded: { width: number; height: number }): boolean | null {
  if (orientation < 5 || orientation > 8 || stored.width === stored.height || !stored.width || !stored.height) return null;
  return stored.width > stored.height === decoded.width > decoded.height;
}
