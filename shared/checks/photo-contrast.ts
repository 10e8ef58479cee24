import { defineCheck } from './check';
import type { Verdict } from './finding';
import { pixelsOf, round, tooDarkToJudge } from './photo-common';

/**
 * photo.contrast: a washed-out, flat photo (OFIQ LuminanceVariance and
 * DynamicRange entropy) over the whole photo. The face's own figures are in
 * the evidence but do not decide: in linear light a well-lit MST 10 face has a
 * fifth of the variance of an MST 1 face, so a face threshold would fail dark skin.
 */
export const photoContrast = defineCheck({
  id: 'photo.contrast',
  needs: ['photo.pixels'],
  judge(facts, profile): Verdict {
    const { pixels } = pixelsOf(facts);
    const rules = profile.photo.contrast;
    const dark = tooDarkToJudge(pixels, profile.photo.exposure.failMeanBelow.value);
    if (dark) return dark;
    const evidence = {
      luminanceVariance: round(pixels.luminanceVariance, 4),
      entropyBits: round(pixels.entropyBits, 2),
      ...(pixels.face ? { faceLuminanceVariance: round(pixels.face.luminanceVariance, 4), faceEntropyBits: round(pixels.face.entropyBits, 2) } : {}),
    };
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
