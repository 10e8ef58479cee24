import type { DetectedFace, FaceFacts } from './probe';

/** The face the lighting is measured on: the largest box (the person taking the selfie is nearest the camera). */
export function mainFace(face: FaceFacts | null | undefined): DetectedFace | undefined {
  let best: DetectedFace | undefined;
  for (const f of face?.faces ?? []) if (!best || f.box.width * f.box.height > best.box.width * best.box.height) best = f;
  return best;
}
