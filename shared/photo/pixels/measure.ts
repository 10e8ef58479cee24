/**
 * Pixel metrics for the photo checks. Pure: RGBA in, numbers out, no browser
 * globals, so every figure is tested in Node on real photos.
 *
 * Lighting follows ISO/IEC 29794-5 as OFIQ implements it (BSI, MIT licence):
 * luminance from linearised sRGB, Y = 0.2126R + 0.7152G + 0.0722B,
 * L = floor(255·Y + 0.5). Sharpness is the variance of the Laplacian
 * [0 1 0; 1 −4 1; 0 1 0] of grey (Pech-Pacheco et al., 2000), measured at a
 * fixed analysis size so one threshold serves every camera.
 */

export interface RgbaImage {
  /** RGBA, 4 bytes a pixel, row by row (ImageData's layout). */
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

export interface PixelMetrics {
  /** The size the metrics were measured at (the analysis copy). */
  analysisWidth: number;
  analysisHeight: number;
  /** Mean of L over the whole image, 0–255. */
  meanLuminance: number;
  /** OFIQ LuminanceVariance: Σ h(i)(i/255 − μ)², μ = mean/255. */
  luminanceVariance: number;
  /** Share of pixels with L ≤ 25. */
  underExposedShare: number;
  /** Share of pixels with L ≥ 247. */
  overExposedShare: number;
  /** Entropy of the L histogram, bits (0–8). */
  entropyBits: number;
  /** Variance of the Laplacian of grey (gamma-encoded Rec. 601 luma, 0–255). */
  laplacianVariance: number;
  /** Mean L inside the central ellipse (a face proxy: no face detector runs). */
  centreMeanLuminance: number;
  /** Mean L outside the central ellipse. */
  surroundMeanLuminance: number;
  /** Mean gamma-encoded RGB brightness (the Yoti spec's "mean RGB brightness"). */
  meanRgb: number;
  /** Share of pixels that are not fully opaque. */
  transparentShare: number;
  /** The 256-bin L histogram, normalised to shares. */
  histogram: number[];
  /** The face region is a central-ellipse proxy, not a detected face. */
  faceRegion: 'central-ellipse-proxy' | 'face-box';
  /** The same OFIQ measures over a detected face (shared/photo/pixels/face-region.ts); absent without a face. */
  face?: FaceRegionMetrics;
}

/** A face box in the pixels of the image given to measurePixels. */
export interface RegionBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lighting over the face itself, as OFIQ measures it (ISO/IEC 29794-5):
 * luminance mean and variance, under- and over-exposure, and illumination
 * uniformity between the left and right halves of the face. OFIQ takes the
 * face region from its landmark mask; here it is the ellipse inscribed in the
 * detector's box (clipped to the image), which leaves out the background in
 * the box's corners.
 */
export interface FaceRegionMetrics {
  /** The box measured, in analysis pixels, after clipping to the image. */
  box: RegionBox;
  pixelCount: number;
  meanLuminance: number;
  luminanceVariance: number;
  /**
   * OFIQ LuminanceVariance over the face divided by the square of its mean
   * (μ/255)²: the spread of light on the face relative to the face's own
   * brightness. Skin reflectance multiplies every luminance on the face, so
   * it cancels here: a flat, washed-out face measures low whatever its tone,
   * where the plain variance is five times lower on a well-lit darker face.
   */
  relativeLuminanceVariance: number;
  underExposedShare: number;
  overExposedShare: number;
  entropyBits: number;
  meanRgb: number;
  laplacianVariance: number;
  /** Mean L outside the face box (what is behind and around the face). */
  surroundMeanLuminance: number;
  /** Share of the surround at L ≥ 247: a window, the sky or a lamp blown out behind the person. */
  surroundOverExposedShare: number;
  /**
   * The same share, beside and above the head only (outside the face box,
   * above the chin): where a window or the sky behind a person shows. Below
   * the chin is clothing: a white shirt in good light is not backlight.
   */
  besideHeadOverExposedShare: number;
  leftMeanLuminance: number;
  rightMeanLuminance: number;
  /** Mean gamma-encoded grey (Rec. 601 luma of the sRGB values, 0–255): what the eye sees, not light. */
  meanGrey: number;
  /**
   * Share of face pixels with grey ≤ 16: detail crushed to black. A well-lit
   * face of the darkest Monk tone (MST 10, sRGB #292420) has grey ≈ 37, so
   * this counts lost detail, not dark skin; OFIQ's under-exposure (L ≤ 25 in
   * linear light, grey ≈ 89) counts most of a well-lit MST 8–10 face.
   */
  crushedShare: number;
  /** OFIQ IlluminationUniformity: Σ min(h_left(i), h_right(i)) over the normalised L histograms of the two halves, 0–1 (1: even). */
  illuminationUniformity: number;
  /**
   * Mean L of the face's darker outer quarter over its brighter one (cheek
   * against cheek, 0–1; 1: even). In linear light skin tone multiplies both
   * alike and cancels; OFIQ's histogram uniformity does not cancel it on the
   * few, narrow histogram bins of a small, darker face (on the fairness set,
   * well-lit faces measure 0.29–0.89 by OFIQ's measure, 0.24–1 by this one).
   */
  sideLightRatio: number;
}



/** Long side of the analysis copy: thresholds are calibrated at this scale. */
export const ANALYSIS_LONG_SIDE = 512;
export const UNDER_EXPOSED_MAX_L = 25;
export const OVER_EXPOSED_MIN_L = 247;


/** sRGB 8-bit value → OFIQ luminance contribution, precomputed. */
const LINEAR = Array.from({ length: 256 }, (_, v) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});
export const LR = new Float64Array(LINEAR.map((x) => 0.2126 * x));
export const LG = new Float64Array(LINEAR.map((x) => 0.7152 * x));
export const LB = new Float64Array(LINEAR.map((x) => 0.0722 * x));

/** The size of the analysis copy for a given image: long side ≈ 512, never upscaled. */
export function analysisSize(width: number, height: number, longSide = ANALYSIS_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Box-averages an RGBA image down to the analysis size (area average, so it
 * does not alias fine detail into false sharpness). Returns the image itself
 * when it is already small enough.
 */
export function downscale(image: RgbaImage, longSide = ANALYSIS_LONG_SIDE): RgbaImage {
  const { width: tw, height: th } = analysisSize(image.width, image.height, longSide);
  if (tw === image.width && th === image.height) return image;
  const out = new Uint8ClampedArray(tw * th * 4);
  const sums = new Float64Array(tw * 4);
  const counts = new Float64Array(tw);
  const src = image.data;
  const xMap = new Int32Array(image.width);
  for (let x = 0; x < image.width; x++) xMap[x] = Math.min(tw - 1, Math.floor((x * tw) / image.width));
  let row = 0;
  for (let y = 0; y < image.height; y++) {
    const ty = Math.min(th - 1, Math.floor((y * th) / image.height));
    if (ty !== row) {
      flush(row);
      row = ty;
    }
    let i = y * image.width * 4;
    for (let x = 0; x < image.width; x++, i += 4) {
      const t = xMap[x]!;
      const o = t * 4;
      sums[o] = sums[o]! + src[i]!;
      sums[o + 1] = sums[o + 1]! + src[i + 1]!;
      sums[o + 2] = sums[o + 2]! + src[i + 2]!;
      sums[o + 3] = sums[o + 3]! + src[i + 3]!;
      counts[t] = counts[t]! + 1;
    }
  }
  flush(row);
  return { data: out, width: tw, height: th };

  function flush(ty: number): void {
    for (let t = 0; t < tw; t++) {
      const n = counts[t]! || 1;
      const o = (ty * tw + t) * 4;
      out[o] = sums[t * 4]! / n;
      out[o + 1] = sums[t * 4 + 1]! / n;
      out[o + 2] = sums[t * 4 + 2]! / n;
      out[o + 3] = sums[t * 4 + 3]! / n;
    }
    sums.fill(0);
    counts.fill(0);
  }
}

/** Measures a photo. Larger inputs are first reduced to the analysis size. */
export function measurePixels(input: RgbaImage): PixelMetrics {
  if (input.width <= 0 || input.height <= 0 || input.data.length < input.width * input.height * 4) {
    throw new RangeError(`not an RGBA image of ${input.width}×${input.height}`);
  }
  const image = downscale(input);
  const { width, height, data } = image;
  const n = width * height;
  const histogram = new Float64Array(256);
  const grey = new Float32Array(n);
  let rgbSum = 0;
  let transparent = 0;
  let centreSum = 0;
  let centreCount = 0;
  let surroundSum = 0;
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  // The face proxy: an ellipse over the middle half of the width and 60 % of the height.
  const rx = width * 0.25;
  const ry = height * 0.3;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const L = Math.floor(255 * (LR[r]! + LG[g]! + LB[b]!) + 0.5);
    histogram[L] = histogram[L]! + 1;
    grey[p] = 0.299 * r + 0.587 * g + 0.114 * b;
    rgbSum += r + g + b;
    if (data[i + 3]! < 255) transparent++;
    const x = p % width;
    const y = (p - x) / width;
    const dx = (x - cx) / rx;
    const dy = (y - cy) / ry;
    if (dx * dx + dy * dy <= 1) {
      centreSum += L;
      centreCount++;
    } else surroundSum += L;
  }
  let mean = 0;
  let under = 0;
  let over = 0;
  let entropy = 0;
  for (let v = 0; v < 256; v++) {
    const share = histogram[v]! / n;
    histogram[v] = share;
    mean += v * share;
    if (v <= UNDER_EXPOSED_MAX_L) under += share;
    if (v >= OVER_EXPOSED_MIN_L) over += share;
    if (share > 0) entropy -= share * Math.log2(share);
  }
  const mu = mean / 255;
  let variance = 0;
  for (let v = 0; v < 256; v++) variance += histogram[v]! * (v / 255 - mu) ** 2;
  const surroundCount = n - centreCount;
  return {
    analysisWidth: width,
    analysisHeight: height,
    meanLuminance: mean,
    luminanceVariance: variance,
    underExposedShare: under,
    overExposedShare: over,
    entropyBits: entropy,
    laplacianVariance: laplacianVariance(grey, width, height),
    centreMeanLuminance: centreCount > 0 ? centreSum / centreCount : mean,
    surroundMeanLuminance: surroundCount > 0 ? surroundSum / surroundCount : mean,
    meanRgb: rgbSum / (3 * n),
    transparentShare: transparent / n,
    histogram: Array.from(histogram),
    faceRegion: 'central-ellipse-proxy',
  };
}

/** Variance of the 4-neighbour Laplacian over the interior pixels. */
export function laplacianVariance(grey: Float32Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const v = grey[i - width]! + grey[i + width]! + grey[i - 1]! + grey[i + 1]! - 4 * grey[i]!;
      sum += v;
      sumSq += v * v;
      count++;
    }
  }
  const m = sum / count;
  return sumSq / count - m * m;
}

/** Where the picture marks exposure: per analysis pixel, -1 under, 1 over, 0 fine. */
export function exposureMask(image: RgbaImage): Int8Array {
  const small = downscale(image);
  const mask = new Int8Array(small.width * small.height);
  for (let p = 0, i = 0; p < mask.length; p++, i += 4) {
    const L = Math.floor(255 * (LR[small.data[i]!]! + LG[small.data[i + 1]!]! + LB[small.data[i + 2]!]!) + 0.5);
    mask[p] = L <= UNDER_EXPOSED_MAX_L ? -1 : L >= OVER_EXPOSED_MIN_L ? 1 : 0;
  }
  return mask;
}
