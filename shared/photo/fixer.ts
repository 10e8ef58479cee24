import { canvasOf, decodeToCanvas, MIME, type AnyCanvas, type Context2D } from './decode';
import type { PhotoFormat } from './metadata';

/**
 * The fixer: one action turns a photo into an app-ready copy — upright, within
 * every photo limit of the profile (longest side, megapixels, shortest side,
 * bytes, format), never above 4096 px (iOS canvases go blank above 16.7 MP),
 * with every bit of metadata (GPS included) left out, since a canvas carries
 * none.
 *
 * It decodes at a reduced scale (ImageDecoder's desired size: the JPEG
 * decoder scales by eighths in the DCT) straight to the output size, instead
 * of a full-size canvas: at 24 MP that is the difference between ~200 MB and
 * a few tens (issue 13). Encoders overshoot a byte target, so the result is
 * measured and the quality, then the size, stepped down until it fits.
 * Runs in our own worker (no CDN, no remote code).
 */

export interface FixLimits {
  maxSide: number;
  maxBytes: number;
  maxMegapixels?: number;
  minSide?: number;
  minBytes?: number;
  /** Formats the app takes; the copy is a JPEG where JPEG is taken. */
  formats?: readonly string[];
  /** Format of the original, sniffed from its bytes (the file's type may lie). */
  format?: PhotoFormat;
  /** EXIF orientation of the original (1–8); the copy has it baked into its pixels. */
  orientation?: number;
  /** Stored pixel size from the header. */
  width?: number;
  height?: number;
}

export interface FixResult {
  blob: Blob;
  width: number;
  height: number;
  attempts: number;
  /** JPEG quality of the copy (none for PNG). */
  quality?: number;
}

/** The hard ceiling on the longest side, whatever a profile says. */
export const MAX_SIDE_CEILING = 4096;

/**
 * The largest size within every pixel limit, never upscaled: the scale is
 * the smallest of the longest-side and megapixel scales (2000×1500 is
 * 3.0 MP: under a 2.1 MP cap it becomes 1673×1254).
 */
export function targetSize(width: number, height: number, limits: Pick<FixLimits, 'maxSide' | 'maxMegapixels'>): { width: number; height: number } {
  const maxSide = Math.min(limits.maxSide, MAX_SIDE_CEILING);
  const long = Math.max(width, height, 1);
  let scale = Math.min(1, maxSide / long);
  if (limits.maxMegapixels) scale = Math.min(scale, Math.sqrt((limits.maxMegapixels * 1e6) / Math.max(1, width * height)));
  let w = Math.max(1, Math.floor(width * scale));
  let h = Math.max(1, Math.floor(height * scale));
  // Rounding may leave one row too many for the megapixel cap.
  while (limits.maxMegapixels && w * h > limits.maxMegapixels * 1e6 && w > 1 && h > 1) {
    if (w >= h) w--;
    else h--;
  }
  return { width: w, height: h };
}

export function outputType(formats: readonly string[] | undefined): 'image/jpeg' | 'image/png' | 'image/webp' {
  if (!formats || formats.includes('jpeg')) return 'image/jpeg';
  if (formats.includes('png')) return 'image/png';
  if (formats.includes('webp')) return 'image/webp';
  return 'image/jpeg';
}

function formatOfType(type: string): PhotoFormat {
  const found = (Object.entries(MIME) as Array<[PhotoFormat, string]>).find(([, mime]) => mime === type);
  return found ? found[0] : 'jpeg';
}

function toBlob(canvas: AnyCanvas, type: string, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not encode'))), type, quality));
}

function context2d(canvas: AnyCanvas): Context2D {
  const context = canvas.getContext('2d') as Context2D | null;
  if (!context) throw new Error('no 2D canvas');
  return context;
}

/** Turns a canvas by an EXIF orientation, for decoders that ignore it (TIFF 6.0, tag 274). */
function turn(source: AnyCanvas, orientation: number): AnyCanvas {
  const w = source.width;
  const h = source.height;
  const swaps = orientation >= 5;
  const canvas = canvasOf(swaps ? h : w, swaps ? w : h);
  const context = context2d(canvas);
  const transforms: Record<number, [number, number, number, number, number, number]> = {
    2: [-1, 0, 0, 1, w, 0],
    3: [-1, 0, 0, -1, w, h],
    4: [1, 0, 0, -1, 0, h],
    5: [0, 1, 1, 0, 0, 0],
    6: [0, 1, -1, 0, h, 0],
    7: [0, -1, -1, 0, h, w],
    8: [0, -1, 1, 0, 0, w],
  };
  const t = transforms[orientation];
  if (t) context.setTransform(...t);
  // A page canvas can be drawn wherever one exists: on the page, whose CanvasImageSource includes it.
  context.drawImage(source as CanvasImageSource, 0, 0);
  return canvas;
}

function resized(source: AnyCanvas, width: number, height: number): AnyCanvas {
  const canvas = canvasOf(width, height);
  const context = context2d(canvas);
  context.imageSmoothingQuality = 'high';
  context.drawImage(source as CanvasImageSource, 0, 0, width, height);
  return canvas;
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
}

export async function makeAppReadyCopy(
  file: Blob,
  limits: FixLimits,
  onProgress: (percent: number) => void = () => {},
  signal?: AbortSignal,
): Promise<FixResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = limits.format ?? formatOfType(file.type);
  const orientation = limits.orientation ?? 1;
  const stored = { width: limits.width ?? 0, height: limits.height ?? 0 };
  const type = outputType(limits.formats);
  const minSide = limits.minSide ?? 1;
  let target: { width: number; height: number } | null = null;
  const sizeFor = (w: number, h: number) => (target = targetSize(w, h, limits));
  // Ask the decoder for the smallest eighth-scale at or above the output size.
  const displayLong = Math.max(stored.width, stored.height);
  const wanted = displayLong ? Math.min(1, Math.min(limits.maxSide, MAX_SIDE_CEILING) / displayLong, limits.maxMegapixels ? Math.sqrt((limits.maxMegapixels * 1e6) / (stored.width * stored.height)) : 1) : 1;
  const ask = Math.min(1, Math.ceil(wanted * 8 - 1e-9) / 8);
  const drawn = await decodeToCanvas({ bytes, format, width: stored.width, height: stored.height, orientation }, sizeFor, ask, type === 'image/jpeg' ? '#ffffff' : undefined);
  throwIfAborted(signal);
  onProgress(40);
  let canvas: AnyCanvas = drawn.unturned ? turn(drawn.canvas, orientation) : drawn.canvas;
  if (!target) throw new Error('no size');
  let quality = type === 'image/png' ? 1 : 0.92;
  const attempts = 8;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const blob = await toBlob(canvas, type, quality);
    throwIfAborted(signal);
    onProgress(Math.min(99, 40 + attempt * 8));
    const tooSmall = limits.minBytes !== undefined && blob.size < limits.minBytes;
    if (blob.size <= limits.maxBytes && (!tooSmall || quality >= 0.99 || type === 'image/png')) {
      onProgress(100);
      return { blob, width: canvas.width, height: canvas.height, attempts: attempt, ...(type === 'image/png' ? {} : { quality }) };
    }
    if (tooSmall) {
      // Under the app's minimum (a very plain picture): more quality makes more bytes.
      quality = Math.min(1, quality + 0.04);
      continue;
    }
    // Over the limit: lower the quality while it looks good, then make the picture smaller.
    const over = blob.size / limits.maxBytes;
    if (type !== 'image/png' && quality > 0.65) {
      quality = Math.max(0.6, quality - (over > 1.5 ? 0.2 : 0.1));
      continue;
    }
    const shrink = Math.max(0.5, Math.min(0.95, Math.sqrt(1 / over) * 0.95));
    const w = Math.round(canvas.width * shrink);
    const h = Math.round(canvas.height * shrink);
    if (Math.min(w, h) < minSide) break;
    canvas = resized(canvas, w, h);
  }
  throw new Error(`could not get under ${limits.maxBytes} bytes`);
}
