import type { Facts, PhotoFacts } from '../facts/facts';
import type { PixelMetrics } from '../photo/pixels/measure';
import type { Verdict } from './finding';

/** Helpers the photo checks share: they judge `facts.photo`, and the pixel checks only what was decoded. */
export const hasPhoto = (facts: Facts): boolean => facts.photo !== undefined;
export const hasPixels = (facts: Facts): boolean => facts.photo?.pixels !== undefined && facts.photo?.pixels !== null;

export function pixelsOf(facts: Facts): { photo: PhotoFacts; pixels: PixelMetrics } {
  return { photo: facts.photo!, pixels: facts.photo!.pixels! };
}

export const round = (value: number, digits = 3): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** A frame this dark has no detail to judge sharpness or contrast on: say so, the exposure finding says why. */
export function tooDarkToJudge(pixels: PixelMetrics, failMeanBelow: number): Verdict | null {
  if (pixels.meanLuminance >= failMeanBelow) return null;
  return {
    status: 'unknown',
    message: { key: 'photo.pixels.tooDarkToJudge' },
    evidence: { meanLuminance: round(pixels.meanLuminance, 2) },
    fixes: ['photo.retake-light'],
  };
}
