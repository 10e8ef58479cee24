import { defineCheck } from './check';
import type { Verdict } from './finding';
import { pixelsOf, round, tooDarkToJudge } from './photo-common';

/**
 * photo.sharpness: variance of the Laplacian of grey at the fixed analysis
 * size, over the whole photo. The face's own figure is in the evidence but
 * does not decide: it scales with the face's size and with skin contrast
 * (lower on darker skin in the same light), so one threshold would not be fair.
 */
export const photoSharpness = defineCheck({
  id: 'photo.sharpness',
  needs: ['photo.pixels'],
  judge(facts, profile): Verdict {
    const { pixels } = pixelsOf(facts);
    const rules = profile.photo.sharpness;
    const dark = tooDarkToJudge(pixels, profile.photo.exposure.failMeanBelow.value);
    if (dark) return dark;
    const evidence = {
      laplacianVariance: round(pixels.laplacianVariance, 1),
      analysisSize: `${pixels.analysisWidth}×${pixels.analysisHeight}`,
      ...(pixels.face ? { faceLaplacianVariance: round(pixels.face.laplacianVariance, 1) } : {}),
    };
    const base = { evidence };
    if (pixels.laplacianVariance < rules.failBelow.value) {
      return { ...base, status: 'fail', message: { key: 'photo.sharpness.blurry' }, fixes: ['photo.retake-steady'] };
    }
    if (pixels.laplacianVariance < rules.warnBelow.value) {
      return { ...base, status: 'warn', message: { key: 'photo.sharpness.soft' }, fixes: ['photo.retake-steady'] };
    }
    return { ...base, status: 'pass', message: { key: 'photo.sharpness.pass' }, fixes: [] };
  },
});
