import type { Facts } from '../facts/facts';
import type { Profile } from '../profiles/profile';
import { defineCheck } from './check';
import type { Verdict } from './finding';
import { pixelsOf, round } from './photo-common';

/**
 * photo.backlight: a face darker than what is behind it. With a detected
 * face, the face is measured against the rest of the photo, and backlight is
 * only called when something beside or above the head is blown out (a
 * bright glass pane, the sky, a lamp): a face darker than a pale wall is often just
 * darker skin, and a white shirt below the chin is not a light source. It fails when the
 * face has lost detail (crushed to black), else it warns. Without a face, the
 * face region is a central ellipse (a proxy), and the evidence says so.
 */
export const photoBacklight = defineCheck({
  id: 'photo.backlight',
  needs: ['photo.pixels'],
  judge: backlightVerdict,
});

/**
 * The backlight verdict, also asked by photo.exposure: one photo gets one
 * verdict about light, so exposure never says "fine" while this says there is
 * light behind the person.
 */
export function backlightVerdict(facts: Facts, profile: Profile): Verdict {
    const { pixels } = pixelsOf(facts);
    const rules = profile.photo.backlight;
    const face = pixels.face;
    if (face) {
      const light = profile.photo.faceLight;
      const faceRatio = face.surroundMeanLuminance > 0 ? face.meanLuminance / face.surroundMeanLuminance : 1;
      const faceEvidence = {
        faceRegion: 'detected face (ellipse in the face box) against the rest of the photo',
        faceMeanLuminance: round(face.meanLuminance, 1),
        surroundMeanLuminance: round(face.surroundMeanLuminance, 1),
        ratio: round(faceRatio, 2),
        surroundOverExposedShare: round(face.surroundOverExposedShare, 2),
        besideHeadOverExposedShare: round(face.besideHeadOverExposedShare, 2),
        faceCrushedShare: round(face.crushedShare, 2),
      };
      const lightBehind = face.besideHeadOverExposedShare >= light.backlightMinBesideHeadOverShare.value;
      if (lightBehind && faceRatio < rules.warnRatioBelow.value) {
        if (face.crushedShare >= light.backlightFailCrushedShare.value) {
          return { evidence: faceEvidence, status: 'fail', message: { key: 'photo.backlight.faceStrong' }, fixes: ['photo.retake-backlight'] };
        }
        return { evidence: faceEvidence, status: 'warn', message: { key: 'photo.backlight.faceSome' }, fixes: ['photo.retake-backlight'] };
      }
      return { evidence: faceEvidence, status: 'pass', message: { key: 'photo.backlight.pass' }, fixes: [] };
    }
    const ratio = pixels.surroundMeanLuminance > 0 ? pixels.centreMeanLuminance / pixels.surroundMeanLuminance : 1;
    const evidence = {
      faceRegion: facts.photo?.face ? 'central-ellipse-proxy (no face found)' : 'central-ellipse-proxy (no face detection)',
      centreMeanLuminance: round(pixels.centreMeanLuminance, 1),
      surroundMeanLuminance: round(pixels.surroundMeanLuminance, 1),
      ratio: round(ratio, 2),
    };
    const base = { evidence };
    // The detector ran and found no face: the proxy is gated like the face (nothing blown out behind, no backlight),
    // else it flags darker skin in good light (bench/face-fairness.ts: MST 8–10 under the ungated proxy).
    if (facts.photo?.face && pixels.overExposedShare < profile.photo.faceLight.backlightMinSurroundOverShare.value) {
      return { evidence: { ...evidence, overExposedShare: round(pixels.overExposedShare, 2), gate: 'nothing blown out behind: no backlight' }, status: 'pass', message: { key: 'photo.backlight.pass' }, fixes: [] };
    }
    if (pixels.surroundMeanLuminance >= rules.minSurroundMean.value) {
      if (ratio < rules.failRatioBelow.value) return { ...base, status: 'fail', message: { key: 'photo.backlight.strong' }, fixes: ['photo.retake-backlight'] };
      if (ratio < rules.warnRatioBelow.value) return { ...base, status: 'warn', message: { key: 'photo.backlight.some' }, fixes: ['photo.retake-backlight'] };
    }
    return { ...base, status: 'pass', message: { key: 'photo.backlight.pass' }, fixes: [] };
}
