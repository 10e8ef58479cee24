import { defineCheck } from './check';
import type { Verdict } from './finding';
import type { PixelMetrics } from '../photo/pixels/measure';
import type { PhotoRules } from '../profiles/profile';
import { pixelsOf, round } from './photo-common';

/**
 * How strongly the face proxy is backlit. photo.exposure asks this too: one
 * photo gets one verdict about light, so exposure never says "fine" while
 * this says there is light behind the person.
 */
export function backlightLevel(pixels: PixelMetrics, rules: PhotoRules['backlight']): { level: 'fail' | 'warn' | 'pass'; ratio: number } {
  const ratio = pixels.surroundMeanLuminance > 0 ? pixels.centreMeanLuminance / pixels.surroundMeanLuminance : 1;
  if (pixels.surroundMeanLuminance < rules.minSurroundMean.value) return { level: 'pass', ratio };
  if (ratio < rules.failRatioBelow.value) return { level: 'fail', ratio };
  if (ratio < rules.warnRatioBelow.value) return { level: 'warn', ratio };
  return { level: 'pass', ratio };
}

/**
 * photo.backlight: a face darker than what is behind it. No face detector
 * runs: the face region is a central ellipse (a proxy), and the evidence says so.
 */
export const photoBacklight = defineCheck({
  id: 'photo.backlight',
  needs: ['photo.pixels'],
  judge(facts, profile): Verdict {
    const { pixels } = pixelsOf(facts);
    const rules = profile.photo.backlight;
    const { level, ratio } = backlightLevel(pixels, rules);
    const evidence = {
      faceRegion: 'central-ellipse-proxy (no face detection)',
      centreMeanLuminance: round(pixels.centreMeanLuminance, 1),
      surroundMeanLuminance: round(pixels.surroundMeanLuminance, 1),
      ratio: round(ratio, 2),
    };
    const base = { evidence };
    if (level === 'fail') return { ...base, status: 'fail', message: { key: 'photo.backlight.strong' }, fixes: ['photo.retake-backlight'] };
    if (level === 'warn') return { ...base, status: 'warn', message: { key: 'photo.backlight.some' }, fixes: ['photo.retake-backlight'] };
    return { ...base, status: 'pass', message: { key: 'photo.backlight.pass' }, fixes: [] };
  },
});
