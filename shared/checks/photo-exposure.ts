import { defineCheck } from './check';
import type { Verdict } from './finding';
import { backlightVerdict } from './photo-backlight';
import { pixelsOf, round } from './photo-common';

/**
 * photo.exposure: too dark or blown out, with the OFIQ definitions (mean
 * luminance, share of pixels at L ≤ 25 and at L ≥ 247) and the Yoti
 * brightness band on gamma-encoded RGB, over the whole photo; then, where the
 * face detector found a face, over the face: blown out (OFIQ L ≥ 247), detail
 * crushed to black, and one side much darker (cheek against cheek in linear
 * light, where skin tone cancels; OFIQ IlluminationUniformity is in the
 * evidence, but on small darker faces it called 4 of 25 well-lit real
 * portraits uneven: bench/fairness.ts).
 * Where photo.backlight finds light behind the face, exposure warns and
 * points to it. Dim light is judged on the whole photo (mean luminance): a
 * dim room darkens everything, while the face's own luminance cannot tell a
 * darker face in good light from a lighter one in dim light (on the fairness
 * set a well-lit face measures from L 11 to 112). The face is not failed for being dark: skin reflects from about 5 % (MST 10)
 * to 65 % (MST 1) of light, so a dark face in good light is not under-exposed.
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
    // One photo, one verdict about light: a face dark because of light behind it is not "fine" (photo.backlight says how to fix it).
    const behind = backlightVerdict(facts, profile);
    if (behind.status === 'warn' || behind.status === 'fail') {
      return { evidence: { ...evidence, backlight: behind.status, faceToSurround: behind.evidence.ratio ?? null }, status: 'warn', message: { key: 'photo.exposure.faceBacklit' }, fixes: ['photo.retake-backlight'] };
    }
    if (pixels.meanLuminance < rules.warnMeanBelow.value) {
      return { ...base, status: 'warn', message: { key: 'photo.exposure.dim' }, fixes: ['photo.retake-light'] };
    }
    if (pixels.overExposedShare >= rules.warnOverShare.value) {
      return { ...base, status: 'warn', message: { key: 'photo.exposure.someBlownOut', params: { percent: percentOver } }, fixes: ['photo.retake-light'] };
    }
    const face = pixels.face;
    if (!face) return { evidence: { ...evidence, faceRegion: facts.photo?.face ? 'no face found: whole photo only' : 'no face detection: whole photo only' }, status: 'pass', message: { key: 'photo.exposure.pass' }, fixes: [] };
    const light = profile.photo.faceLight;
    const faceEvidence = {
      ...evidence,
      faceRegion: 'detected face (ellipse in the face box)',
      faceMeanLuminance: round(face.meanLuminance, 1),
      faceMeanGrey: round(face.meanGrey, 1),
      faceCrushedShare: round(face.crushedShare),
      faceOverExposedShare: round(face.overExposedShare),
      faceUnderExposedShareOfiq: round(face.underExposedShare),
      illuminationUniformity: round(face.illuminationUniformity, 2),
      sideLightRatio: round(face.sideLightRatio, 2),
    };
    const withFace = { evidence: faceEvidence };
    const faceOver = Math.round(face.overExposedShare * 100);
    if (face.overExposedShare >= rules.failOverShare.value) {
      return { ...withFace, status: 'fail', message: { key: 'photo.exposure.faceBlownOut', params: { percent: faceOver } }, fixes: ['photo.retake-light'] };
    }
    if (face.crushedShare >= light.failCrushedShare.value) return { ...withFace, status: 'fail', message: { key: 'photo.exposure.faceDark' }, fixes: ['photo.retake-light'] };
    if (face.overExposedShare >= rules.warnOverShare.value) {
      return { ...withFace, status: 'warn', message: { key: 'photo.exposure.faceSomeBlownOut', params: { percent: faceOver } }, fixes: ['photo.retake-light'] };
    }
    if (face.crushedShare >= light.warnCrushedShare.value) return { ...withFace, status: 'warn', message: { key: 'photo.exposure.faceSomeDark' }, fixes: ['photo.retake-light'] };
    if (face.sideLightRatio < light.warnSideLightRatioBelow.value) return { ...withFace, status: 'warn', message: { key: 'photo.exposure.uneven' }, fixes: ['photo.retake-light'] };
    return { ...withFace, status: 'pass', message: { key: 'photo.exposure.pass' }, fixes: [] };
  },
});
