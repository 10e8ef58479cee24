import type { FaceFacts } from '../face/probe';
import { mainFace } from '../face/main-face';
import { withFaceRegion } from '../pixels/face-region';
import { analysisSize, measurePixels, type RgbaImage } from '../pixels/measure';
import type { FrameMeasures } from './frame-instruction';

/**
 * One camera frame's measures, pure: the frame (already reduced to the
 * coach's size) in, the photo checks' own measures out — measurePixels, the
 * face detector, and the OFIQ face-region light on the main face. The
 * detector is passed in: the coach's worker hands the shipped one, tests the
 * same weights read from disk.
 */

/**
 * Long side of a judged frame. The detector sees 224 px whatever it is given,
 * and the pixel measures cost in proportion to the area: 320 px keeps a frame
 * well under the 125 ms that 8 judged frames a second allow on one core.
 */
export const COACH_FRAME_LONG_SIDE = 320;

/** The detector's input for frames: the photo probe's selfie size, so the coach finds the faces the check will. */
export const COACH_DETECTOR_INPUT = 224;

/** The size to grab a camera frame at (never upscaled). */
export const coachFrameSize = (cameraWidth: number, cameraHeight: number) => analysisSize(cameraWidth, cameraHeight, COACH_FRAME_LONG_SIDE);

export async function measureFrame(
  frame: RgbaImage,
  camera: { width: number; height: number },
  detect: (frame: RgbaImage) => FaceFacts | Promise<FaceFacts>,
): Promise<FrameMeasures> {
  const face = await detect(frame);
  const pixels = withFaceRegion(measurePixels(frame), frame, mainFace(face)?.box);
  return { pixels, face, cameraWidth: camera.width, cameraHeight: camera.height };
}
