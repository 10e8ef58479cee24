import { defineCheck } from './check';
import type { Verdict } from './finding';
import { round } from './photo-common';
import { faceOf } from './photo-face-common';

/**
 * photo.face-size: the face box's share of the image and its size in the
 * original photo's pixels (the Yoti selfie specification: 35–80 %, at least
 * 150 px), and the distance between the eye centres (ISO/IEC 19794-5 and
 * ICAO passport photos: at least 90 px; labelled, and only a warning).
 */
export const photoFaceSize = defineCheck({
  id: 'photo.face-size',
  needs: ['photo.face'],
  judge(facts, profile): Verdict {
    const { face, main, toOriginal } = faceOf(facts);
    const rules = profile.photo.faceSize;
    if (!main) return { status: 'unknown', message: { key: 'photo.faceSize.noFace' }, evidence: { faces: face.faces.length }, fixes: [] };
    const [minShare, maxShare] = rules.share.value;
    const share = Math.max(main.box.width / face.analysisWidth, main.box.height / face.analysisHeight);
    const facePixels = Math.round(Math.max(main.box.width, main.box.height) * toOriginal);
    const eyes = main.landmarks ? Math.round(Math.hypot(main.landmarks.rightEye.x - main.landmarks.leftEye.x, main.landmarks.rightEye.y - main.landmarks.leftEye.y) * toOriginal) : null;
    const evidence = {
      share: round(share, 2),
      shareBand: [minShare, maxShare],
      shareSource: 'Yoti selfie specification (face box 35–80 %)',
      facePixels,
      minFacePixels: rules.minFacePixels.value,
      eyeDistancePixels: eyes ?? 'no landmarks',
      minEyeDistance: rules.minEyeDistance.value,
      eyeDistanceSource: 'ISO/IEC 19794-5 / ICAO passport photos (≥ 90 px), a warning only',
      scaleToOriginal: round(toOriginal, 2),
    };
    const percent = Math.round(share * 100);
    if (facePixels < rules.minFacePixels.value) {
      return { status: 'fail', message: { key: 'photo.faceSize.fewPixels', params: { pixels: facePixels, min: rules.minFacePixels.value } }, evidence, fixes: ['photo.retake-face'] };
    }
    if (share < minShare) return { status: 'fail', message: { key: 'photo.faceSize.far', params: { percent } }, evidence, fixes: ['photo.retake-face'] };
    if (share > maxShare) return { status: 'warn', message: { key: 'photo.faceSize.close', params: { percent } }, evidence, fixes: ['photo.retake-face'] };
    if (eyes !== null && eyes < rules.minEyeDistance.value) {
      return { status: 'warn', message: { key: 'photo.faceSize.eyesFewPixels', params: { pixels: eyes, min: rules.minEyeDistance.value } }, evidence, fixes: ['photo.retake-face'] };
    }
    return { status: 'pass', message: { key: 'photo.faceSize.pass' }, evidence, fixes: [] };
  },
});
