import type { RgbaImage } from '../pixels/measure';
import type { DetectedFace, FaceBox, FaceFacts, FaceLandmarks, Point } from './probe';
import {
  DETECTOR_ANCHORS,
  DETECTOR_MEAN_RGB,
  LANDMARK_INPUT,
  LANDMARK_MEAN_RGB,
  decodeWeights,
  runDetector,
  runLandmarks,
  type Tensor,
  type Weights,
  type WeightsManifest,
} from './tiny-net';

/**
 * Face detection on the analysis copy, pure: RGBA and weights in, boxes out.
 * The loader (shared/photo/face/load.ts) fetches the weights; this file
 * never touches a browser global, so Node tests and the bench run it too.
 */

export const FACE_MODEL = '@vladmandic/face-api 1.7.15 tiny_face_detector + face_landmark_68_tiny';

export interface FaceModels {
  detector: Weights;
  landmarks: Weights | null;
}

export interface DetectOptions {
  /** Detector input, a multiple of 32 (face-api's default is 416; 320 is ~40 % cheaper). */
  inputSize?: number;
  /** Faces scoring at or below this are dropped (face-api's default 0.5). */
  scoreThreshold?: number;
  /** Overlap above which the lower-scoring box is dropped (face-api's 0.4). */
  iouThreshold?: number;
  /** Run the landmark net on each face (the eyes for size and roll). */
  landmarks?: boolean;
  /** Passes tried in turn while none has found a face (see SELFIE_FALLBACKS); none by default. */
  fallbacks?: readonly DetectPass[];
}

/** One run of the detector: its input size, its score threshold, and whether the image is mirrored first. */
export interface DetectPass {
  inputSize: number;
  scoreThreshold: number;
  /** Mirror the image left to right: the network is not symmetric, and a face it misses can be found mirrored. */
  mirror?: boolean;
}

export const DEFAULT_INPUT_SIZE = 416;

/**
 * What the photo worker tries when the first pass (input 224, score > 0.5)
 * finds no face, in this order, stopping at the first that finds one. On the
 * fairness set (bench/fairness.ts) the first pass missed 9 of 105 clear,
 * well-lit portraits, more of them darker-skinned; the Tiny Face Detector is
 * not mirror-symmetric, so the mirrored image is a second look at the same
 * cost; larger inputs find faces held far away (a face ~60 px tall in the
 * analysis copy is ~26 px at 224, under the smallest anchor); a lower
 * threshold last. A photo whose face is found at once costs one pass.
 */
export const SELFIE_FALLBACKS: readonly DetectPass[] = [
  { inputSize: 224, scoreThreshold: 0.5, mirror: true },
  { inputSize: 320, scoreThreshold: 0.4 },
  { inputSize: 416, scoreThreshold: 0.4 },
  { inputSize: 224, scoreThreshold: 0.3 },
];

/** How the photo worker runs the detector on a selfie (shared/photo/face/load.ts): input 224 first, then SELFIE_FALLBACKS. */
export const SELFIE_DETECTION = { inputSize: 224, scoreThreshold: 0.5, fallbacks: SELFIE_FALLBACKS } as const satisfies DetectOptions;

export function decodeModels(files: { detectorManifest: WeightsManifest; detectorBin: Uint8Array; landmarksManifest?: WeightsManifest; landmarksBin?: Uint8Array }): FaceModels {
  return {
    detector: decodeWeights(files.detectorManifest, files.detectorBin),
    landmarks: files.landmarksManifest && files.landmarksBin ? decodeWeights(files.landmarksManifest, files.landmarksBin) : null,
  };
}

/**
 * Samples a region of the image into a size×size tensor, scaled so the long
 * side fills it, the short side padded at the end (top-left placement, as
 * face-api's detector) or centred (as its landmark net), normalised with
 * (v − mean)/255. Sampling is bilinear on the source.
 */
function toInput(image: RgbaImage, region: FaceBox, size: number, mean: readonly number[], centre: boolean, mirror = false): { tensor: Tensor; scale: number; offsetX: number; offsetY: number } {
  const scale = size / Math.max(region.width, region.height);
  const drawW = region.width * scale;
  const drawH = region.height * scale;
  const offsetX = centre ? (size - drawW) / 2 : 0;
  const offsetY = centre ? (size - drawH) / 2 : 0;
  const data = new Float32Array(size * size * 3);
  const m0 = mean[0]! / 255;
  const m1 = mean[1]! / 255;
  const m2 = mean[2]! / 255;
  const { width: W, height: H, data: src } = image;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 3;
      const lx = x + 0.5 - offsetX;
      const ly = y + 0.5 - offsetY;
      if (lx < 0 || ly < 0 || lx >= drawW || ly >= drawH) {
        data[o] = -m0;
        data[o + 1] = -m1;
        data[o + 2] = -m2;
        continue;
      }
      const fromLeft = mirror ? region.width - lx / scale : lx / scale;
      const sx = Math.min(W - 1, Math.max(0, region.x + fromLeft - 0.5));
      const sy = Math.min(H - 1, Math.max(0, region.y + ly / scale - 0.5));
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(W - 1, x0 + 1);
      const y1 = Math.min(H - 1, y0 + 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const i00 = (y0 * W + x0) * 4;
      const i01 = (y0 * W + x1) * 4;
      const i10 = (y1 * W + x0) * 4;
      const i11 = (y1 * W + x1) * 4;
      for (let ch = 0; ch < 3; ch++) {
        const top = src[i00 + ch]! * (1 - fx) + src[i01 + ch]! * fx;
        const bottom = src[i10 + ch]! * (1 - fx) + src[i11 + ch]! * fx;
        data[o + ch] = (top * (1 - fy) + bottom * fy) / 255 - (ch === 0 ? m0 : ch === 1 ? m1 : m2);
      }
    }
  }
  return { tensor: { data, h: size, w: size, c: 3 }, scale, offsetX, offsetY };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function iou(a: FaceBox, b: FaceBox): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** Greedy non-maximum suppression, highest score first (face-api ops/nonMaxSuppression). */
export function suppress<T extends { box: FaceBox; score: number }>(items: T[], threshold: number): T[] {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const kept: T[] = [];
  for (const item of sorted) if (kept.every((k) => iou(k.box, item.box) <= threshold)) kept.push(item);
  return kept;
}

const mean = (points: Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});

function landmarksOf(image: RgbaImage, box: FaceBox, weights: Weights): FaceLandmarks | undefined {
  // face-api crops the detection box clipped to the image, then centre-pads it to a square.
  const x = Math.max(0, Math.round(box.x));
  const y = Math.max(0, Math.round(box.y));
  const width = Math.min(image.width, Math.round(box.x + box.width)) - x;
  const height = Math.min(image.height, Math.round(box.y + box.height)) - y;
  if (width < 8 || height < 8) return undefined;
  const crop = { x, y, width, height };
  const input = toInput(image, crop, LANDMARK_INPUT, LANDMARK_MEAN_RGB, true);
  const raw = runLandmarks(input.tensor, weights);
  const points: Point[] = [];
  for (let i = 0; i < 68; i++) {
    points.push({
      x: crop.x + (raw[2 * i]! * LANDMARK_INPUT - input.offsetX) / input.scale,
      y: crop.y + (raw[2 * i + 1]! * LANDMARK_INPUT - input.offsetY) / input.scale,
    });
  }
  return {
    leftEye: mean(points.slice(36, 42)),
    rightEye: mean(points.slice(42, 48)),
    nose: points[30]!,
    mouth: mean(points.slice(48, 68)),
  };
}

/** One detector pass: boxes in the image's pixels (mirrored back when the pass mirrored the image), before suppression. */
function detectPass(image: RgbaImage, models: FaceModels, pass: DetectPass): DetectedFace[] {
  const { inputSize: size, scoreThreshold: threshold } = pass;
  const whole = { x: 0, y: 0, width: image.width, height: image.height };
  const input = toInput(image, whole, size, DETECTOR_MEAN_RGB, false, pass.mirror);
  const grid = runDetector(input.tensor, models.detector);
  const cells = grid.h;
  const found: DetectedFace[] = [];
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      for (let a = 0; a < DETECTOR_ANCHORS.length; a++) {
        const o = (row * cells + col) * 25 + a * 5;
        const score = sigmoid(grid.data[o + 4]!);
        if (score <= threshold) continue;
        const [aw, ah] = DETECTOR_ANCHORS[a]!;
        // Centre and size relative to the square input; ×size/scale to image pixels.
        const cx = ((col + sigmoid(grid.data[o]!)) / cells) * size;
        const cy = ((row + sigmoid(grid.data[o + 1]!)) / cells) * size;
        const w = ((Math.exp(grid.data[o + 2]!) * aw) / cells) * size;
        const h = ((Math.exp(grid.data[o + 3]!) * ah) / cells) * size;
        const x = (cx - w / 2) / input.scale;
        found.push({ box: { x: pass.mirror ? image.width - x - w / input.scale : x, y: (cy - h / 2) / input.scale, width: w / input.scale, height: h / input.scale }, score });
      }
    }
  }
  return found;
}

/**
 * Finds faces in the analysis copy; boxes and landmarks are in its pixels.
 * The first pass is `inputSize` at `scoreThreshold`; while no face is found,
 * the `fallbacks` run in turn (a photo with a face found costs one pass).
 */
export function detectFaces(image: RgbaImage, models: FaceModels, options: DetectOptions = {}): FaceFacts {
  const passes: DetectPass[] = [{ inputSize: options.inputSize ?? DEFAULT_INPUT_SIZE, scoreThreshold: options.scoreThreshold ?? 0.5 }, ...(options.fallbacks ?? [])];
  let found: DetectedFace[] = [];
  let used = passes[0]!;
  let passIndex = 0;
  for (const [i, pass] of passes.entries()) {
    found = suppress(detectPass(image, models, pass), options.iouThreshold ?? 0.4);
    used = pass;
    passIndex = i;
    if (found.length > 0) break;
  }
  const faces = found.map((face) => {
    const landmarks = options.landmarks !== false && models.landmarks ? landmarksOf(image, face.box, models.landmarks) : undefined;
    return { box: roundBox(face.box), score: Math.round(face.score * 1000) / 1000, ...(landmarks ? { landmarks: roundLandmarks(landmarks) } : {}) };
  });
  return {
    faces,
    analysisWidth: image.width,
    analysisHeight: image.height,
    model: FACE_MODEL,
    inputSize: used.inputSize,
    ...(passIndex > 0 && faces.length > 0 ? { pass: { index: passIndex, of: passes.length, scoreThreshold: used.scoreThreshold, mirrored: used.mirror === true } } : {}),
  };
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const roundBox = (b: FaceBox): FaceBox => ({ x: r1(b.x), y: r1(b.y), width: r1(b.width), height: r1(b.height) });
const roundPoint = (p: Point): Point => ({ x: r1(p.x), y: r1(p.y) });
const roundLandmarks = (l: FaceLandmarks): FaceLandmarks => ({
  leftEye: roundPoint(l.leftEye),
  rightEye: roundPoint(l.rightEye),
  nose: roundPoint(l.nose),
  mouth: roundPoint(l.mouth),
});
