import type { Facts } from '../facts/facts';
import type { DetectedFace, FaceFacts } from '../photo/face/probe';
import { mainFace } from '../photo/face/main-face';

/** The face facts and the face the checks judge (the largest), with the scale back to the original photo. */
export function faceOf(facts: Facts): { face: FaceFacts; main: DetectedFace | undefined; toOriginal: number } {
  const face = facts.photo!.face!;
  const metadata = facts.photo!.metadata;
  const longOriginal = Math.max(metadata.width, metadata.height);
  const longAnalysis = Math.max(face.analysisWidth, face.analysisHeight, 1);
  return { face, main: mainFace(face), toOriginal: longOriginal > 0 ? longOriginal / longAnalysis : 1 };
}

/** Share of a box's area that lies outside the analysis image. */
export function outsideShare(face: DetectedFace, width: number, height: number): number {
  const { x, y, width: w, height: h } = face.box;
  const inW = Math.max(0, Math.min(x + w, width) - Math.max(x, 0));
  const inH = Math.max(0, Math.min(y + h, height) - Math.max(y, 0));
  return w * h > 0 ? 1 - (inW * inH) / (w * h) : 0;
}
