import type { Facts } from '../facts/facts';
import type { Profile } from '../profiles/profile';
import { defineCheck } from './check';
import type { Verdict } from './finding';
import { round } from './photo-common';
import { faceOf, outsideShare } from './photo-face-common';

/**
 * photo.face: one whole face, found by the face detector (shared/photo/face).
 * No face, more than one face, or a face cut off by the edge of the frame.
 * "No face" only warns, and says what in the photo may have hidden the face
 * (too dark, light behind, too far, cut off), never that the face is the
 * problem: a detector misses some faces, and CBP One was reported to reject
 * darker-skinned people more often (issue 22).
 */
export const photoFace = defineCheck({
  id: 'photo.face',
  needs: ['photo.face'],
  judge(facts, profile): Verdict {
    const { face, main } = faceOf(facts);
    const rules = profile.photo.face;
    const evidence = {
      faces: face.faces.length,
      boxes: face.faces.map((f) => `${Math.round(f.box.x)},${Math.round(f.box.y)} ${Math.round(f.box.width)}×${Math.round(f.box.height)} (${f.score})`).join('; '),
      analysisSize: `${face.analysisWidth}×${face.analysisHeight}`,
      model: face.model,
    };
    if (face.error) {
      return { status: 'unknown', message: { key: 'photo.face.notRun' }, evidence: { ...evidence, error: face.error }, fixes: [] };
    }
    if (!main) return noFace(facts, profile, evidence);
    if (face.faces.length > 1) {
      return { status: 'warn', message: { key: 'photo.face.several', params: { count: face.faces.length } }, evidence, fixes: ['photo.retake-face'] };
    }
    const outside = outsideShare(main, face.analysisWidth, face.analysisHeight);
    const withOutside = { ...evidence, outsideShare: round(outside, 2), failOutsideShare: rules.failOutsideShare.value };
    if (outside >= rules.failOutsideShare.value) return { status: 'fail', message: { key: 'photo.face.cutOff' }, evidence: withOutside, fixes: ['photo.retake-face'] };
    if (outside >= rules.failOutsideShare.value / 2) return { status: 'warn', message: { key: 'photo.face.cutOff' }, evidence: withOutside, fixes: ['photo.retake-face'] };
    return { status: 'pass', message: { key: 'photo.face.one' }, evidence: withOutside, fixes: [] };
  },
});

/**
 * No face found: why it may be, from the photo's own light where it was
 * measured (the same whole-photo measures photo.exposure and the no-face
 * backlight proxy use), else the usual reasons (too far, cut off, poor light).
 */
function noFace(facts: Facts, profile: Profile, evidence: Record<string, string | number>): Verdict {
  const pixels = facts.photo?.pixels;
  const fixes: Verdict['fixes'] = ['photo.retake-face'];
  if (pixels && pixels.meanLuminance < profile.photo.exposure.warnMeanBelow.value) {
    return { status: 'warn', message: { key: 'photo.face.noneDark' }, evidence: { ...evidence, meanLuminance: round(pixels.meanLuminance, 1) }, fixes: ['photo.retake-light', ...fixes] };
  }
  const ratio = pixels && pixels.surroundMeanLuminance > 0 ? pixels.centreMeanLuminance / pixels.surroundMeanLuminance : 1;
  if (pixels && pixels.overExposedShare >= profile.photo.faceLight.backlightMinSurroundOverShare.value && ratio < profile.photo.backlight.warnRatioBelow.value) {
    return { status: 'warn', message: { key: 'photo.face.noneBacklit' }, evidence: { ...evidence, overExposedShare: round(pixels.overExposedShare, 2), ratio: round(ratio, 2) }, fixes: ['photo.retake-backlight', ...fixes] };
  }
  return { status: 'warn', message: { key: 'photo.face.none' }, evidence, fixes };
}
