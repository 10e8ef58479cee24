import { downscale, laplacianVariance, LB, LG, LR, OVER_EXPOSED_MIN_L, UNDER_EXPOSED_MAX_L, type FaceRegionMetrics, type PixelMetrics, type RegionBox, type RgbaImage } from './measure';

/**
 * The OFIQ lighting measures over a detected face (issue #11). Pure, like
 * measure.ts, but a module of its own: measure.ts is on the app's first load
 * (the exposure picture uses it) and this is needed only once a face was
 * found, so it loads with the face detector.
 */

/** Gamma-encoded grey at or below which face detail is crushed to black (see FaceRegionMetrics.crushedShare). */
export const CRUSHED_MAX_GREY = 16;

/**
 * Adds `face` to pixel metrics measured by measurePixels on the same image:
 * the box is in the image's pixels, scaled to the analysis copy. A box off
 * the image leaves the metrics as they were (the central-ellipse proxy).
 */
export function withFaceRegion(pixels: PixelMetrics, input: RgbaImage, faceBox: RegionBox | null | undefined): PixelMetrics {
  if (!faceBox) return pixels;
  const image = downscale(input);
  const grey = new Float32Array(image.width * image.height);
  for (let p = 0, i = 0; p < grey.length; p++, i += 4) grey[p] = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
  const face = measureFace(image, grey, scaleBox(faceBox, image.width / input.width, image.width, image.height));
  return face ? { ...pixels, faceRegion: 'face-box', face } : pixels;
}

function scaleBox(box: RegionBox, scale: number, width: number, height: number): RegionBox | null {
  const x0 = Math.max(0, Math.floor(box.x * scale));
  const y0 = Math.max(0, Math.floor(box.y * scale));
  const x1 = Math.min(width, Math.ceil((box.x + box.width) * scale));
  const y1 = Math.min(height, Math.ceil((box.y + box.height) * scale));
  return x1 - x0 >= 4 && y1 - y0 >= 4 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

interface Tally {
  histogram: Float64Array;
  rgb: number;
  count: number;
}
const tally = (): Tally => ({ histogram: new Float64Array(256), rgb: 0, count: 0 });

function summarise(t: Tally): { mean: number; variance: number; under: number; over: number; entropy: number } {
  let mean = 0;
  let under = 0;
  let over = 0;
  let entropy = 0;
  const n = t.count || 1;
  for (let v = 0; v < 256; v++) {
    const share = t.histogram[v]! / n;
    mean += v * share;
    if (v <= UNDER_EXPOSED_MAX_L) under += share;
    if (v >= OVER_EXPOSED_MIN_L) over += share;
    if (share > 0) entropy -= share * Math.log2(share);
  }
  const mu = mean / 255;
  let variance = 0;
  for (let v = 0; v < 256; v++) variance += (t.histogram[v]! / n) * (v / 255 - mu) ** 2;
  return { mean, variance, under, over, entropy };
}

/** The OFIQ lighting measures over a face box of the analysis image; null when the box is off the image. */
function measureFace(image: RgbaImage, grey: Float32Array, box: RegionBox | null): FaceRegionMetrics | undefined {
  if (!box) return undefined;
  const { width, height, data } = image;
  const whole = tally();
  const left = tally();
  const right = tally();
  let surroundSum = 0;
  let greySum = 0;
  let crushed = 0;
  let surroundOver = 0;
  let besideHead = 0;
  let besideHeadOver = 0;
  // The face's outer quarters (cheek to cheek): their means, for the side-light ratio.
  let outerLeft = 0;
  let outerRight = 0;
  let outerLeftCount = 0;
  let outerRightCount = 0;
  const chin = box.y + box.height;
  const midX = box.x + box.width / 2;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const rx = box.width / 2;
  const ry = box.height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      const L = Math.floor(255 * (LR[r]! + LG[g]! + LB[b]!) + 0.5);
      const outsideBox = x < box.x || x >= box.x + box.width || y < box.y || y >= box.y + box.height;
      if (outsideBox) {
        surroundSum += L;
        if (L >= OVER_EXPOSED_MIN_L) surroundOver++;
        if (y < chin) {
          besideHead++;
          if (L >= OVER_EXPOSED_MIN_L) besideHeadOver++;
        }
        continue;
      }
      const ex = (x + 0.5 - cx) / rx;
      const ey = (y + 0.5 - cy) / ry;
      if (ex * ex + ey * ey > 1) continue;
      whole.histogram[L] = whole.histogram[L]! + 1;
      whole.rgb += r + g + b;
      whole.count++;
      const grey_ = grey[y * width + x]!;
      greySum += grey_;
      if (grey_ <= CRUSHED_MAX_GREY) crushed++;
      if (ex < -0.5) {
        outerLeft += L;
        outerLeftCount++;
      } else if (ex >= 0.5) {
        outerRight += L;
        outerRightCount++;
      }
      const half = x < midX ? left : right;
      half.histogram[L] = half.histogram[L]! + 1;
      half.count++;
    }
  }
  const surroundCount = width * height - box.width * box.height;
  const s = summarise(whole);
  const l = summarise(left);
  const rr = summarise(right);
  let uniformity = 0;
  for (let v = 0; v < 256; v++) uniformity += Math.min(left.histogram[v]! / (left.count || 1), right.histogram[v]! / (right.count || 1));
  const leftCheek = outerLeft / (outerLeftCount || 1);
  const rightCheek = outerRight / (outerRightCount || 1);
  const faceGrey = new Float32Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) faceGrey.set(grey.subarray((box.y + y) * width + box.x, (box.y + y) * width + box.x + box.width), y * box.width);
  return {
    box,
    pixelCount: whole.count,
    meanLuminance: s.mean,
    luminanceVariance: s.variance,
    relativeLuminanceVariance: s.mean > 0 ? s.variance / (s.mean / 255) ** 2 : 0,
    underExposedShare: s.under,
    overExposedShare: s.over,
    entropyBits: s.entropy,
    meanRgb: whole.rgb / (3 * (whole.count || 1)),
    laplacianVariance: laplacianVariance(faceGrey, box.width, box.height),
    surroundMeanLuminance: surroundCount > 0 ? surroundSum / surroundCount : s.mean,
    surroundOverExposedShare: surroundCount > 0 ? surroundOver / surroundCount : 0,
    besideHeadOverExposedShare: besideHead > 0 ? besideHeadOver / besideHead : 0,
    meanGrey: greySum / (whole.count || 1),
    crushedShare: crushed / (whole.count || 1),
    leftMeanLuminance: l.mean,
    rightMeanLuminance: rr.mean,
    illuminationUniformity: uniformity,
    sideLightRatio: Math.max(leftCheek, rightCheek) > 0 ? Math.min(leftCheek, rightCheek) / Math.max(leftCheek, rightCheek) : 1,
  };
}
