/**
 * The hard cases of the fairness set (issue 22), derived in code from each
 * clear portrait (test/fixtures/faces/congress), as a phone would make them.
 * Derived works of public-domain images are public domain too. Each variant
 * is deterministic (no randomness but a seeded one), so a test that fails
 * fails the same way everywhere.
 */
import jpeg from 'jpeg-js';
import type { FaceBox } from '../../../shared/photo/face/probe';
import type { RgbaImage } from '../../../shared/photo/pixels/measure';
import { blur, darken } from '../edits';

export const CONDITIONS = ['clear', 'dim', 'backlit', 'side', 'blurred', 'jpeg10', 'far', 'tilted', 'chin-cut'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** What a fair check does with each: `light` must flag it (dim, backlit, side light), `find` means the face is still clear enough to be found. */
export const CONDITION_MEANS: Record<Condition, string> = {
  clear: 'the portrait as it is: one clear face, even studio light',
  dim: '3 stops under (⅛ of the light), as in a dark room',
  backlit: 'a blown-out window behind the person; the person 2 stops under, as the phone exposes for the window',
  side: 'light from one side only (no fill): across the face, light falls off by 4 stops towards the side that was already darker',
  blurred: 'out of focus or shaken (box blur of radius 2, twice)',
  jpeg10: 're-encoded at JPEG quality 10',
  far: 'held far away: the portrait at half size on a wall of a 512×384 photo',
  tilted: 'head tilted 20° (the whole frame rotated)',
  'chin-cut': 'the frame ends at the chin',
};

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (x: number) => {
  const c = Math.min(1, Math.max(0, x));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

function blank(width: number, height: number): RgbaImage {
  return { data: new Uint8ClampedArray(width * height * 4).fill(255), width, height };
}

/** Bilinear sample of a channel at (x, y), clamped at the edges. */
function sample(image: RgbaImage, x: number, y: number, ch: number): number {
  const { width: W, height: H, data } = image;
  const sx = Math.min(W - 1, Math.max(0, x));
  const sy = Math.min(H - 1, Math.max(0, y));
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const x1 = Math.min(W - 1, x0 + 1);
  const y1 = Math.min(H - 1, y0 + 1);
  const fx = sx - x0;
  const fy = sy - y0;
  const top = data[(y0 * W + x0) * 4 + ch]! * (1 - fx) + data[(y0 * W + x1) * 4 + ch]! * fx;
  const bottom = data[(y1 * W + x0) * 4 + ch]! * (1 - fx) + data[(y1 * W + x1) * 4 + ch]! * fx;
  return top * (1 - fy) + bottom * fy;
}

/**
 * Where the person is, roughly: the head (an ellipse around the face box,
 * with room for hair) and the neck and shoulders widening below the chin to
 * the bottom of the frame. Everything else is "behind".
 */
function isPerson(x: number, y: number, box: FaceBox, height: number, width: number): boolean {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height * 0.42;
  const head = ((x - cx) / (box.width * 0.72)) ** 2 + ((y - cy) / (box.height * 0.78)) ** 2 <= 1;
  const chin = box.y + box.height;
  if (head || y < chin) return head;
  const t = Math.min(1, (y - chin) / Math.max(1, height - chin));
  const half = box.width * 0.45 + t * (width / 2);
  return Math.abs(x - cx) <= half;
}

/** A window behind: what is behind the person blown out to white (a little texture left), the person 2 stops under. */
function backlit(image: RgbaImage, box: FaceBox): RgbaImage {
  const dark = darken(image, 2);
  const out = blank(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      for (let ch = 0; ch < 3; ch++) out.data[i + ch] = isPerson(x, y, box, image.height, image.width) ? dark.data[i + ch]! : 248 + (image.data[i + ch]! % 8);
    }
  }
  return out;
}

/** Mean linear light of the face box's left half over its right half. */
function halvesRatio(image: RgbaImage, box: FaceBox): number {
  let left = 0;
  let right = 0;
  const mid = box.x + box.width / 2;
  for (let y = Math.max(0, Math.round(box.y)); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.round(box.x)); x < Math.min(image.width, box.x + box.width); x++) {
      const i = (y * image.width + x) * 4;
      const light = toLinear(image.data[i]!) + toLinear(image.data[i + 1]!) + toLinear(image.data[i + 2]!);
      if (x < mid) left += light;
      else right += light;
    }
  }
  return left / (right || 1);
}

/**
 * Light from one side only: the gain falls off by `stops` across the face (a
 * smooth step centred on it), towards the half the studio light had already
 * left darker (a side light that takes away the fill, rather than one that
 * evens out the portrait's own key light).
 */
function sideLit(image: RgbaImage, box: FaceBox, stops: number): RgbaImage {
  const out = blank(image.width, image.height);
  const cx = box.x + box.width / 2;
  const towardsRight = halvesRatio(image, box) >= 1 ? 1 : -1;
  for (let x = 0; x < image.width; x++) {
    const t = 1 / (1 + Math.exp((-towardsRight * (x - cx)) / (box.width * 0.12)));
    const gain = 2 ** (-stops * t);
    for (let y = 0; y < image.height; y++) {
      const i = (y * image.width + x) * 4;
      for (let ch = 0; ch < 3; ch++) out.data[i + ch] = toSrgb(toLinear(image.data[i + ch]!) * gain);
    }
  }
  return out;
}

function reencode(image: RgbaImage, quality: number): RgbaImage {
  const bytes = jpeg.encode({ data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), width: image.width, height: image.height }, quality).data;
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return { data: decoded.data, width: decoded.width, height: decoded.height };
}

/** The portrait at half size, on a plain, slightly uneven wall of a 512×384 photo, a little left of centre. */
function far(image: RgbaImage): RgbaImage {
  const W = 512;
  const H = 384;
  const scale = 0.5;
  const w = Math.round(image.width * scale);
  const h = Math.round(image.height * scale);
  const left = Math.round(W * 0.38 - w / 2);
  const top = H - h;
  const out = blank(W, H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      const inside = x >= left && x < left + w && y >= top;
      for (let ch = 0; ch < 3; ch++) {
        // An area average of the portrait (each output pixel covers 2×2), else a warm wall lit from above.
        out.data[i + ch] = inside
          ? (sample(image, (x - left) / scale, (y - top) / scale, ch) + sample(image, (x - left + 0.5) / scale, (y - top + 0.5) / scale, ch)) / 2
          : [196, 186, 170][ch]! - y * 0.12 + ((x * 7 + y * 13) % 5);
      }
    }
  }
  return out;
}

/** The whole frame turned by `degrees` about its centre; the corners filled from the nearest edge. */
function rotate(image: RgbaImage, degrees: number): RgbaImage {
  const out = blank(image.width, image.height);
  const a = (degrees * Math.PI) / 180;
  const cx = (image.width - 1) / 2;
  const cy = (image.height - 1) / 2;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const sx = cx + dx * Math.cos(a) + dy * Math.sin(a);
      const sy = cy - dx * Math.sin(a) + dy * Math.cos(a);
      const i = (y * image.width + x) * 4;
      for (let ch = 0; ch < 3; ch++) out.data[i + ch] = sample(image, sx, sy, ch);
    }
  }
  return out;
}

/** The frame cut just below the chin (the bottom of the face box). */
function cutAtChin(image: RgbaImage, box: FaceBox): RgbaImage {
  const height = Math.min(image.height, Math.round(box.y + box.height));
  return { data: image.data.slice(0, height * image.width * 4), width: image.width, height };
}

/** The portrait as the condition makes it; `box` is where its face is (the manifest's). */
export function variant(image: RgbaImage, box: FaceBox, condition: Condition): RgbaImage {
  switch (condition) {
    case 'clear':
      return image;
    case 'dim':
      return darken(image, 3);
    case 'backlit':
      return backlit(image, box);
    case 'side':
      return sideLit(image, box, 4);
    case 'blurred':
      return blur(image, 2);
    case 'jpeg10':
      return reencode(image, 10);
    case 'far':
      return far(image);
    case 'tilted':
      return rotate(image, 20);
    case 'chin-cut':
      return cutAtChin(image, box);
  }
}
