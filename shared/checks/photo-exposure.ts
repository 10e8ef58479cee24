import { defineCheck } from './check';
import type { Verdict } from './finding';
import { backlightLevel } from './photo-backlight';
import { pixelsOf, round } from './photo-common';

/**
 * photo.exposure: too dark or blown out, with the OFIQ definitions (mean
 * luminance, share of pixels at L ≤ 25 and at L ≥ 247) and the Yoti
 * brightness band on gamma-encoded RGB.
 *
 * One photo, one verdict about light: when the whole frame is not too dark or
 * blown out but the face is backlit (photo.backlight warns or fails), the
 * light is not "fine" — exposure warns that the face is dark because of the
 * light behind it, and defers to photo.backlight for how to fix it.
 */
export const photoExposure = defineCheck({
  id: 'photo.exposure',
  needs: ['photo.pixels'],
  judge(facts, profile): Verdict {
    const { pixels } = pixelsOf(facts);
    const rules = profile.photo.exposure;
    const [low, high] = rules.meanRgb.value;
    const evidence = {
      meanLuminance: round(pixels.meanLuminance, 2),
      underExposedShare: round(pixels.underExposedShare),
      overExposedShare: round(pixels.overExposedShare),
      meanRgb: round(pixels.meanRgb, 1),
      meanRgbBand: [low, high],
      analysisSize: `${pixels.analysisWidth}×${pixels.analysisHeight}`,
    };
    const base = { evidence };
    const percentOver = Math.round(pixels.overExposedShare * 100);
    if (pixels.meanLuminance < rules.failMeanBelow.value || pixels.underExposedShare >= rules.failUnderShare.value || pixels.meanRgb < low) {
      return { ...base, status: 'fail', message: { key: 'photo.exposure.tooDark' }, fixes: ['photo.retake-light'] };
    }
    if (pixels.overExposedShare >= rules.failOverShare.value || pixels.meanRgb > high) {
      return { ...base, status: 'fail', message: { key: 'photo.exposure.blownOut', params: { percent: percentOver } }, fixes: ['photo.retake-light'] };
    }
    const behind = backlightLevel(pixels, profile.photo.backlight);
    if (behind.level !== 'pass') {
      return { evidence: { ...evidence, backlight: behind.level, faceToSurround: round(behind.ratio, 2) }, status: 'warn', message: { key: 'photo.exposure.faceBacklit' }, fixes: ['photo.retake-backlight'] };
    }
    if (pixels.meanLuminance < rules.warnMeanBelow.value) {
      return { ...base, status: 'warn', message: { key: 'photo.exposure.dim' }, fixes: ['photo.retake-light'] };
    }
    if (pixels.overExposedShare >= rules.warnOverShare.value) {
      return { ...base, status: 'warn', message: { key: 'photo.exposure.someBlownOut', params: { percent: percentOver } }, fixes: ['photo.retake-light'] };
    }
    return { ...base, status: 'pass', message: { key: 'photo.exposure.pass' }, fixes: [] };
  },
});
