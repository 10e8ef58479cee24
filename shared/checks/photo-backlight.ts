import { defineCheck } from './check';
import type { Verdict } from './finding';
import { pixelsOf, round } from './photo-common';

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
    const ratio = pixels.surroundMeanLuminance > 0 ? pixels.centreMeanLuminance / pixels.surroundMeanLuminance : 1;
    const evidence = {
      faceRegion: 'central-ellipse-proxy (no face detection)',
      centreMeanLuminance: round(pixels.centreMeanLuminance, 1),
      surroundMeanLuminance: round(pixels.surroundMeanLuminance, 1),
      ratio: round(ratio, 2),
    };
    const base = { evidence };
    if (pixels.surroundMeanLuminance >= rules.minSurroundMean.value) {
      if (ratio < rules.failRatioBelow.value) return { ...base, status: 'fail', message: { key: 'photo.backlight.strong' }, fixes: ['photo.retake-backlight'] };
      if (ratio < rules.warnRatioBelow.value) return { ...base, status: 'warn', message: { key: 'photo.backlight.some' }, fixes: ['photo.retake-backlight'] };
    }
    return { ...base, status: 'pass', message: { key: 'photo.backlight.pass' }, fixes: [] };
  },
});
