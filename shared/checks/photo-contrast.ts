import { defineCheck } from './check';
import type { Verdict } from './finding';
import { pixelsOf, round, tooDarkToJudge } from './photo-common';

/**
 * photo.contrast: a washed-out, flat photo. Where the detector found a face,
 * it is judged on the face alone, by OFIQ LuminanceVariance relative to the
 * face's squared mean: a plain backdrop is not flat light, and skin
 * reflectance, which multiplies every luminance on a face, cancels from the
 * ratio (the plain variance of a well-lit darker face is a fifth of a lighter
 * one's; on real portraits the whole-photo variance flagged 11 of 25 well-lit
 * brown and dark faces: bench/fairness.ts). OFIQ DynamicRange (the entropy of
 * the face's histogram) is in the evidence but does not decide: a darker face
 * has fewer luminance levels in linear light (4.8 bits at the least on a
 * well-lit dark face, 6.8 on a very light one), and a face dark from light
 * behind it is photo.backlight's to say. Without a face, the whole photo's
 * OFIQ variance and entropy decide.
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
    };
    const face = pixels.face;
    if (face) {
      const light = profile.photo.faceLight;
      const faceEvidence = {
        ...evidence,
        faceRegion: 'detected face (ellipse in the face box)',
        faceLuminanceVariance: round(face.luminanceVariance, 4),
        faceRelativeLuminanceVariance: round(face.relativeLuminanceVariance, 3),
        faceEntropyBits: round(face.entropyBits, 2),
      };
      if (face.relativeLuminanceVariance < light.failRelativeVarianceBelow.value) {
        return { evidence: faceEvidence, status: 'fail', message: { key: 'photo.contrast.flat' }, fixes: ['photo.retake-light'] };
      }
      if (face.relativeLuminanceVariance < light.warnRelativeVarianceBelow.value) {
        return { evidence: faceEvidence, status: 'warn', message: { key: 'photo.contrast.low' }, fixes: ['photo.retake-light'] };
      }
      return { evidence: faceEvidence, status: 'pass', message: { key: 'photo.contrast.pass' }, fixes: [] };
    }
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
