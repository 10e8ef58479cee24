import { defineCheck } from './check';
import type { Verdict } from './finding';
import { round } from './photo-common';
import { faceOf, outsideShare } from './photo-face-common';

/**
 * photo.face: one whole face, found by the face detector (shared/photo/face).
 * No face, more than one face, or a face cut off by the edge of the frame.
 * "No face" only warns: the detector's accuracy across skin tones has not been
 * measured on real people (shared/photo/face/README.md), and a miss must not
 * tell a person with darker skin that their photo has failed.
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
    if (!main) return { status: 'warn', message: { key: 'photo.face.none' }, evidence, fixes: ['photo.retake-face'] };
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
