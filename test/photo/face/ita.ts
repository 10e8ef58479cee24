/**
 * Individual Typology Angle (ITA) of a face's skin, for grouping the fairness
 * set by a measured skin tone rather than by eye (Chardon et al., 1991; used
 * for skin-tone fairness audits of face detectors, e.g. Merler et al. 2019,
 * "Diversity in Faces"). ITA = atan((L* − 50) / b*) · 180/π over CIELAB
 * (D65) of the skin pixels. Pure: RGBA and a face box in, degrees out.
 */
import type { FaceBox } from '../../../shared/photo/face/probe';
import type { RgbaImage } from '../../../shared/photo/pixels/measure';

export const ITA_BANDS = ['very light', 'light', 'intermediate', 'tan', 'brown', 'dark'] as const;
export type ItaBand = (typeof ITA_BANDS)[number];

/** The customary bands (Del Bino & Bernerd, 2013): > 55° very light … < −30° dark. */
export function itaBand(ita: number): ItaBand {
  if (ita > 55) return 'very light';
  if (ita > 41) return 'light';
  if (ita > 28) return 'intermediate';
  if (ita > 10) return 'tan';
  if (ita > -30) return 'brown';
  return 'dark';
}

const linear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);

/** sRGB 8-bit → CIELAB L* and b* (D65 white). */
export function labOf(r: number, g: number, b: number): { L: number; a: number; b: number } {
  const R = linear(r);
  const G = linear(g);
  const B = linear(b);
  const Y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const X = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
  const Z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
  return { L: 116 * f(Y) - 16, a: 500 * (f(X) - f(Y)), b: 200 * (f(Y) - f(Z)) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/**
 * ITA over the skin of the face in `box`: the cheeks, nose and forehead (the
 * middle 60 % of the box's width, 15–75 % of its height), leaving out the
 * darkest quarter of those pixels (brows, eyes, nostrils, beard shadow) and
 * the brightest 5 % (specular highlights); then the median L* and b*.
 * `chroma` (median a*, b*) tells a black-and-white portrait, which has no tone.
 */
export function faceIta(image: RgbaImage, box: FaceBox): { ita: number; L: number; b: number; chroma: number; pixels: number } {
  const x0 = Math.max(0, Math.round(box.x + box.width * 0.2));
  const x1 = Math.min(image.width, Math.round(box.x + box.width * 0.8));
  const y0 = Math.max(0, Math.round(box.y + box.height * 0.15));
  const y1 = Math.min(image.height, Math.round(box.y + box.height * 0.75));
  const samples: Array<{ L: number; a: number; b: number }> = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      samples.push(labOf(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!));
    }
  }
  const byL = [...samples].sort((a, b) => a.L - b.L);
  const skin = byL.slice(Math.floor(byL.length * 0.25), Math.ceil(byL.length * 0.95));
  const L = median(skin.map((s) => s.L));
  const b = median(skin.map((s) => s.b));
  const chroma = Math.hypot(median(skin.map((s) => s.a)), b);
  return { ita: (Math.atan2(L - 50, b) * 180) / Math.PI, L, b, chroma, pixels: skin.length };
}
