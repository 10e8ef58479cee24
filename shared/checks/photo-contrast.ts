import { defineCheck } from './check';
import type { Verdict } from './finding';
import { pixelsOf, round, tooDarkToJudge } from './photo-common';

/** photo.contrast: a washed-out, flat photo (OFIQ LuminanceVariance and DynamicRange entropy). */
export const photoContrast = defineCheck({
  id: 'photo.contrast',
  needs: ['photo.pixels'],
  judge(facts, profile): Verdict {
    const { pixels } = pixelsOf(facts);
    const rules = profile.photo.contrast;
    const dark = tooDarkToJudge(pixels, profile.photo.exposure.failMeanBelow.value);
    if (dark) return dark;
    const evidence = { luminanceVariance: round(pixels.luminanceVariance, 4), entropyBits: round(pixels.entropyBits, 2) };
    const base = { evidence };
    if (pixels.luminanceVariance < rules.failVarianceBelow.value || pixels.entropyBits < rules.failEntropyBelow.value) {
      return { ...base, status: 'fail', message: { key: 'photo.contrast.flat' }, fixes: ['photo.retake-light'] };
    }
    if (pixels.luminanceVariance < rules.warnVarianceBelow.value) {
      return { ...base, status: 'warn', message: { key: 'photo.contrast.low' }, fixes: ['photo.retake-light'] };
    }
    return { ...base, status: 'pass', message: { key: 'photo.contrast.pass' }, fixes: [] };
  },
});
