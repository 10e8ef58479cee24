import { defineCheck } from './check';
import type { Verdict } from './finding';
import { round } from './photo-common';
import { faceOf } from './photo-face-common';

/**
 * photo.head-roll: the head tilted sideways, from the line through the eye
 * centres (68-point landmarks 36–41 and 42–47). ICAO's portrait-quality
 * tolerance for roll is ±8°; it warns from there and fails from twice it.
 */
export const photoHeadRoll = defineCheck({
  id: 'photo.head-roll',
  needs: ['photo.face'],
  judge(facts, profile): Verdict {
    const { main } = faceOf(facts);
    const rules = profile.photo.headRoll;
    if (!main?.landmarks) return { status: 'unknown', message: { key: 'photo.headRoll.noEyes' }, evidence: { landmarks: main ? 'none' : 'no face' }, fixes: [] };
    const { leftEye, rightEye } = main.landmarks;
    // Image y grows downwards: a positive angle is the right-hand eye lower.
    const degrees = (Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x) * 180) / Math.PI;
    const tilt = Math.abs(degrees);
    const evidence = { rollDegrees: round(degrees, 1), warnAboveDegrees: rules.warnAboveDegrees.value, failAboveDegrees: rules.failAboveDegrees.value, leftEye: `${leftEye.x},${leftEye.y}`, rightEye: `${rightEye.x},${rightEye.y}` };
    const params = { degrees: Math.round(tilt) };
    if (tilt > rules.failAboveDegrees.value) return { status: 'fail', message: { key: 'photo.headRoll.tilted', params }, evidence, fixes: ['photo.retake-face'] };
    if (tilt > rules.warnAboveDegrees.value) return { status: 'warn', message: { key: 'photo.headRoll.tilted', params }, evidence, fixes: ['photo.retake-face'] };
    return { status: 'pass', message: { key: 'photo.headRoll.pass' }, evidence, fixes: [] };
  },
});
