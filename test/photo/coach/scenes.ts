import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { LR, type RgbaImage } from '../../../shared/photo/pixels/measure';

/**
 * Camera scenes for the selfie coach, derived from real portraits
 * (test/fixtures/coach, public domain: see its README). One portrait gives
 * the even-light scene and the hard cases people meet: a face far away, a
 * dim room, a window behind, light from one side, a tilted head, a moving
 * phone. Pure RGBA arithmetic, so unit tests, the e2e videos and the bench
 * all judge the very same pixels.
 */
export const COACH_FIXTURES = new URL('../../fixtures/coach/', import.meta.url);

/** The portraits, grouped by the skin tone measured on them (Individual Typology Angle, README). */
export const SKIN_TONE_GROUPS = {
  lighter: ['P000587', 'T000238'],
  middle: ['U000031', 'D000598'],
  darker: ['J000292', 'S001185'],
} as const;

export type SceneKind = 'even' | 'small' | 'dim' | 'backlit' | 'side' | 'tilted' | 'moving';

/**
 * The camera's frame, portrait-shaped as a phone's front camera held upright.
 * The portrait fills PORTRAIT_SHARE of it (its face then fills about half the
 * frame, as at arm's length), sharpened as a phone camera's own processing
 * does: upscaled without it, the portrait measures as soft as a moving phone.
 */
export const SCENE_WIDTH = 600;
export const SCENE_HEIGHT = 750;

/** The share of the frame's width and height the portrait takes in the well-framed scenes. */
export const PORTRAIT_SHARE = 0.8;

/**
 * The portrait's share of the frame when held too far. The detector (input 224 on
 * a 320 px frame) finds no face below about 27 % of the width: smaller, and the
 * coach can only say "put your face in the oval".
 */
export const SMALL_PORTRAIT_SHARE = 0.33;

export function portrait(id: string): RgbaImage {
  const decoded = jpeg.decode(readFileSync(new URL(`${id}.jpg`, COACH_FIXTURES)), { useTArray: true, formatAsRGBA: true });
  return { data: decoded.data, width: decoded.width, height: decoded.height };
}

const blank = (width: number, height: number, rgb: readonly [number, number, number]): RgbaImage => {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([rgb[0], rgb[1], rgb[2], 255], i);
  return { data, width, height };
};

/** Bilinear sample of `source` at (x, y) in its pixels, edges clamped. */
function sample(source: RgbaImage, x: number, y: number, channel: number): number {
  const cx = Math.min(source.width - 1, Math.max(0, x));
  const cy = Math.min(source.height - 1, Math.max(0, y));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(source.width - 1, x0 + 1);
  const y1 = Math.min(source.height - 1, y0 + 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const at = (px: number, py: number) => source.data[(py * source.width + px) * 4 + channel]!;
  return (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy;
}

/** Draws `source` scaled into the box of `target` (and turned by `degrees` about its centre). */
function draw(target: RgbaImage, source: RgbaImage, box: { x: number; y: number; width: number; height: number }, degrees = 0): void {
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let y = 0; y < target.height; y++) {
    for (let x = 0; x < target.width; x++) {
      // Turn the target pixel back into the unturned box, then into the source.
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const ux = cos * dx + sin * dy + box.width / 2;
      const uy = -sin * dx + cos * dy + box.height / 2;
      if (ux < 0 || uy < 0 || ux >= box.width || uy >= box.height) continue;
      const sx = (ux / box.width) * source.width - 0.5;
      const sy = (uy / box.height) * source.height - 0.5;
      const o = (y * target.width + x) * 4;
      for (let c = 0; c < 3; c++) target.data[o + c] = sample(source, sx, sy, c);
    }
  }
}

const ENCODE = Array.from({ length: 4096 }, (_, i) => {
  const v = i / 4095;
  return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
});
/** An sRGB value's linear light, from the luminance table the measures use. */
const linear = (v: number) => LR[v]! / 0.2126;

/** Scales the light of every pixel by `gain(x, y)` in linear light, as less or more light on the scene would. */
function relight(image: RgbaImage, gain: (x: number, y: number) => number): void {
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const g = gain(x, y);
      const o = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c++) image.data[o + c] = ENCODE[Math.min(4095, Math.round(linear(image.data[o + c]!) * g * 4095))]!;
    }
  }
}

/** A 5×5 box blur, twice: the smear of a phone moving during the exposure. */
function smear(image: RgbaImage): void {
  for (let pass = 0; pass < 2; pass++) {
    const copy = Uint8ClampedArray.from(image.data);
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          let n = 0;
          for (let dy = -2; dy <= 2; dy++) {
            for (let dx = -2; dx <= 2; dx++) {
              const px = x + dx;
              const py = y + dy;
              if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
              sum += copy[(py * image.width + px) * 4 + c]!;
              n++;
            }
          }
          image.data[(y * image.width + x) * 4 + c] = sum / n;
        }
      }
    }
  }
}

/** Unsharp mask (3×3 box, amount 1.5): the edge sharpening every phone camera applies. */
function sharpen(image: RgbaImage): void {
  const copy = Uint8ClampedArray.from(image.data);
  const { width, height } = image;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += copy[((y + dy) * width + x + dx) * 4 + c]!;
        const o = (y * width + x) * 4 + c;
        image.data[o] = copy[o]! + 1.5 * (copy[o]! - sum / 9);
      }
    }
  }
}

/** The portrait's backdrop colour (its top-left corner), to extend the scene around a smaller face. */
function backdrop(source: RgbaImage): [number, number, number] {
  const sums = [0, 0, 0];
  for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) for (let c = 0; c < 3; c++) sums[c]! += source.data[(y * source.width + x) * 4 + c]!;
  return [sums[0]! / 64, sums[1]! / 64, sums[2]! / 64];
}

/** One scene: the camera's frame at SCENE_WIDTH × SCENE_HEIGHT. */
export function scene(face: RgbaImage, kind: SceneKind): RgbaImage {
  // Centred, shoulders at the bottom edge.
  const full = { x: (SCENE_WIDTH * (1 - PORTRAIT_SHARE)) / 2, y: SCENE_HEIGHT * (1 - PORTRAIT_SHARE), width: SCENE_WIDTH * PORTRAIT_SHARE, height: SCENE_HEIGHT * PORTRAIT_SHARE };
  const frame = blank(SCENE_WIDTH, SCENE_HEIGHT, backdrop(face));
  const camera = (image: RgbaImage) => (sharpen(image), image);
  switch (kind) {
    case 'even':
      draw(frame, face, full);
      break;
    case 'small': {
      // The phone held too far: the face box fills 28–33 % of the frame's width, under the 35 % the check asks.
      const width = SCENE_WIDTH * SMALL_PORTRAIT_SHARE;
      const height = SCENE_HEIGHT * SMALL_PORTRAIT_SHARE;
      draw(frame, face, { x: (SCENE_WIDTH - width) / 2, y: (SCENE_HEIGHT - height) / 2, width, height });
      break;
    }
    case 'dim':
      draw(frame, face, full);
      relight(frame, () => 0.03);
      break;
    case 'backlit': {
      // A bright window fills the frame behind the person, who stands in its shadow.
      const person: RgbaImage = { ...face, data: Uint8ClampedArray.from(face.data) };
      relight(person, () => 0.12);
      const window = blank(SCENE_WIDTH, SCENE_HEIGHT, [255, 255, 255]);
      draw(window, person, full);
      return camera(window);
    }
    case 'side':
      // Light from a window on one side: the far side of the face in shade.
      draw(frame, face, full);
      relight(frame, (x) => (x < SCENE_WIDTH / 2 ? 1.15 : 0.06));
      break;
    case 'tilted':
      draw(frame, face, full, 22);
      break;
    case 'moving':
      draw(frame, face, full);
      smear(frame);
      break;
  }
  return camera(frame);
}
