/**
 * What the face detector saw, as plain data: the face probe's fact. The
 * detector decides nothing; the checks (photo.face, photo.face-size,
 * photo.head-roll and the face-region lighting) judge this.
 */
export interface Point {
  x: number;
  y: number;
}

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FaceLandmarks {
  /** Centre of the eye on the image's left (the person's right eye), from points 36–41 of the 68. */
  leftEye: Point;
  /** Centre of the eye on the image's right, points 42–47. */
  rightEye: Point;
  nose: Point;
  mouth: Point;
}

export interface DetectedFace {
  /** In analysis-image pixels (the same copy the pixel metrics were measured on). */
  box: FaceBox;
  /** Detector confidence, 0–1. */
  score: number;
  landmarks?: FaceLandmarks;
}

export interface FaceFacts {
  faces: DetectedFace[];
  analysisWidth: number;
  analysisHeight: number;
  /** Which network found them, with the package and version it came from. */
  model: string;
  /** Detector input size (the image is resized to this square, long side first). */
  inputSize?: number;
  /** When the first pass found nothing and a later one did (detect.ts, fallbacks): which, and how it ran. Absent: the first pass. */
  pass?: { index: number; of: number; scoreThreshold: number; mirrored: boolean };
  /** When the detector could not run (model missing, out of memory): the checks say so and fall back. */
  error?: string | null;
}
