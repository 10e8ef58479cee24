import { photoBacklight } from '../../checks/photo-backlight';
import { photoExposure } from '../../checks/photo-exposure';
import { photoFace } from '../../checks/photo-face';
import { photoFaceSize } from '../../checks/photo-face-size';
import { photoHeadRoll } from '../../checks/photo-head-roll';
import { photoSharpness } from '../../checks/photo-sharpness';
import type { Finding } from '../../checks/finding';
import type { Facts } from '../../facts/facts';
import type { Profile } from '../../profiles/profile';
import { blankMetadata } from '../blank-metadata';
import type { FaceFacts } from '../face/probe';
import type { PixelMetrics } from '../pixels/measure';

/**
 * The selfie coach's judgement of one camera frame (issue 24): the frame's
 * measures in, the one instruction a person should follow now out. The frame
 * is judged by the photo checks themselves (photo.face, photo.face-size,
 * photo.head-roll, photo.exposure, photo.backlight, photo.sharpness) under the
 * chosen profile, so the coach never says "ready" to a framing the checks
 * would refuse, and a threshold tuned in a check moves the coach with it.
 */

/** The instructions, most important first: the first that applies is the one shown. */
export const COACH_INSTRUCTIONS = [
  'face-in-oval',
  'face-cut-off',
  'move-closer',
  'move-back',
  'light-behind',
  'too-dark',
  'too-bright',
  'one-side-dark',
  'straighten-head',
  'hold-still',
  'ready',
] as const;

export type CoachInstruction = (typeof COACH_INSTRUCTIONS)[number];

/** What the coach's worker measured on one frame: the same measures the photo checks read. */
export interface FrameMeasures {
  pixels: PixelMetrics;
  face: FaceFacts;
  /** The camera's frame size: face sizes are judged in camera pixels, as a photo's are in its own. */
  cameraWidth: number;
  cameraHeight: number;
}

/** A frame's facts, shaped as a photo's, so the photo checks judge it unchanged. */
export function frameFacts(frame: FrameMeasures): Facts {
  return {
    photo: {
      metadata: { ...blankMetadata(0, 'jpeg'), width: frame.cameraWidth, height: frame.cameraHeight },
      pixels: frame.pixels,
      face: frame.face,
      decodeError: null,
    },
  };
}

/** photo.exposure's sentences, by the instruction that fixes each (test/photo/coach holds this to the catalogue). */
export const EXPOSURE_INSTRUCTION: Readonly<Record<string, CoachInstruction | null>> = {
  'photo.exposure.pass': null,
  'photo.exposure.faceBacklit': 'light-behind',
  'photo.exposure.tooDark': 'too-dark',
  'photo.exposure.dim': 'too-dark',
  'photo.exposure.faceDark': 'too-dark',
  'photo.exposure.faceSomeDark': 'too-dark',
  'photo.exposure.blownOut': 'too-bright',
  'photo.exposure.someBlownOut': 'too-bright',
  'photo.exposure.faceBlownOut': 'too-bright',
  'photo.exposure.faceSomeBlownOut': 'too-bright',
  'photo.exposure.uneven': 'one-side-dark',
};

const open = (finding: Finding) => finding.status === 'warn' || finding.status === 'fail';

/** The light's instruction, if the light needs one: light behind first, as exposure itself points to it. */
function lightInstruction(facts: Facts, profile: Profile): CoachInstruction | null {
  if (open(photoBacklight.judge(facts, profile))) return 'light-behind';
  const exposure = photoExposure.judge(facts, profile);
  if (!open(exposure)) return null;
  // A sentence the coach does not know yet still blocks "ready": the light is not right, so ask for light.
  return EXPOSURE_INSTRUCTION[exposure.message.key] ?? 'too-dark';
}

/** The one instruction for this frame, the most important first (COACH_INSTRUCTIONS). */
export function frameInstruction(frame: FrameMeasures, profile: Profile): CoachInstruction {
  const facts = frameFacts(frame);
  const light = lightInstruction(facts, profile);
  const face = photoFace.judge(facts, profile);
  if (face.message.key === 'photo.face.none' || face.status === 'unknown') {
    // Nobody can find the oval in the dark or against a window: a light that hides the face is said first.
    return light === 'too-dark' || light === 'too-bright' || light === 'light-behind' ? light : 'face-in-oval';
  }
  if (face.message.key === 'photo.face.cutOff' && open(face)) return 'face-cut-off';
  const size = photoFaceSize.judge(facts, profile);
  if (size.message.key === 'photo.faceSize.far' || size.message.key === 'photo.faceSize.fewPixels') return 'move-closer';
  if (size.message.key === 'photo.faceSize.close') return 'move-back';
  if (light) return light;
  if (open(photoHeadRoll.judge(facts, profile))) return 'straighten-head';
  if (photoSharpness.judge(facts, profile).status !== 'pass') return 'hold-still';
  return 'ready';
}

/** Whether the frame has a face in it (the coach stops the camera after a minute without one). */
export const frameHasFace = (frame: FrameMeasures): boolean => frame.face.faces.length > 0;
