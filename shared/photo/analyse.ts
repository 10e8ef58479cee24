import type { PhotoFacts } from '../facts/facts';
import { decodeForAnalysis, type DecodeMethod } from './decode';
import { readPhotoMetadata } from './metadata';
import { ANALYSIS_LONG_SIDE, measurePixels, type RgbaImage } from './pixels/measure';

export interface AnalyseOptions {
  /** Refuse to decode images above this many megapixels (the header is read first). */
  budgetMegapixels: number;
  method?: DecodeMethod;
  /** false: skip the face detector (the benchmark's "before"). */
  face?: boolean;
}

export interface AnalyseTimings {
  metadataMs: number;
  decodeMs: number;
  measureMs: number;
  method: DecodeMethod | null;
  faceMs?: number;
}

export interface AnalyseResult {
  facts: Omit<PhotoFacts, 'judgedAt'>;
  timings: AnalyseTimings;
  /** The upright analysis copy the metrics were measured on (the page draws the exposure picture from it). */
  image: RgbaImage | null;
}

/** Everything Listo learns from a photo: metadata, then (within the pixel budget) its pixel metrics. */
export async function analysePhoto(bytes: Uint8Array, options: AnalyseOptions): Promise<AnalyseResult> {
  const t0 = performance.now();
  const metadata = await readPhotoMetadata(bytes);
  const t1 = performance.now();
  const timings: AnalyseTimings = { metadataMs: t1 - t0, decodeMs: 0, measureMs: 0, method: null };
  if (metadata.bytes === 0 || metadata.format === 'unknown') return { facts: { metadata, pixels: null, decodeError: metadata.error ?? 'not an image' }, timings, image: null };
  const megapixels = (metadata.width * metadata.height) / 1e6;
  if (megapixels > options.budgetMegapixels) {
    return { facts: { metadata, pixels: null, decodeError: `over the pixel budget (${megapixels.toFixed(0)} MP > ${options.budgetMegapixels} MP)` }, timings, image: null };
  }
  try {
    const { image, method } = await decodeForAnalysis({
      bytes,
      format: metadata.format,
      width: metadata.width,
      height: metadata.height,
      longSide: ANALYSIS_LONG_SIDE,
      // HEIC turns by its irot box, not by EXIF (docs/pitfalls.md, "Orientation applied twice"): leave it to the decoder.
      orientation: metadata.format === 'heic' ? 1 : metadata.orientation,
      ...(options.method ? { method: options.method } : {}),
    });
    const t2 = performance.now();
    const faces = options.face === false ? null : await import('./face/load'); // lazy: the model loads with the first photo
    const face = faces ? await faces.probeFaces(image) : null;
    const t2f = performance.now();
    const pixels = faces ? faces.withFaceRegion(measurePixels(image), image, faces.mainFace(face)?.box) : measurePixels(image);
    const t3 = performance.now();
    Object.assign(timings, { decodeMs: t2 - t1, faceMs: t2f - t2, measureMs: t3 - t2f, method });
    return { facts: { metadata, pixels, face, decodeError: null }, timings, image: image.width * image.height <= ANALYSIS_LONG_SIDE ** 2 ? image : null };
  } catch (error) {
    return { facts: { metadata, pixels: null, decodeError: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, timings, image: null };
  }
}
