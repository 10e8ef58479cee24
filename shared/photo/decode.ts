import type { PhotoFormat } from './metadata';
import { looksUnturned, orientRgba } from './orient';
import { analysisSize, type RgbaImage } from './pixels/measure';

/**
 * The browser probe that turns photo bytes into pixels at a reduced size:
 * the RGBA analysis copy, or the fixer's canvas at the profile's size. Never
 * decodes at full size when it can avoid it (docs/pitfalls.md, "Speed of
 * photo decoding"): WebCodecs ImageDecoder with desiredWidth/Height decodes JPEG at
 * a reduced DCT scale; createImageBitmap with resize options is the fallback
 * (it decodes fully, then scales). Runs in a worker or on the page. The
 * result is upright, as the person sees the photo.
 */

export type DecodeMethod = 'image-decoder' | 'create-image-bitmap' | 'full';

export const MIME: Record<PhotoFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  gif: 'image/gif',
  unknown: 'application/octet-stream',
};

interface ImageDecoderLike {
  decode(options?: { frameIndex?: number }): Promise<{ image: VideoFrame }>;
  close(): void;
}
interface ImageDecoderCtor {
  new (init: { data: BufferSource; type: string; desiredWidth?: number; desiredHeight?: number; preferAnimation?: boolean }): ImageDecoderLike;
  isTypeSupported(type: string): Promise<boolean>;
}

function imageDecoderCtor(): ImageDecoderCtor | undefined {
  return (globalThis as unknown as { ImageDecoder?: ImageDecoderCtor }).ImageDecoder;
}

/**
 * A page's <canvas>, by the members used here. Not HTMLCanvasElement: this module also runs in the photo worker,
 * which is type-checked without the DOM (tsconfig.worker.json); only a page without OffscreenCanvas makes one.
 */
export interface PageCanvas {
  width: number;
  height: number;
  getContext(contextId: '2d', options?: { willReadFrequently?: boolean }): Context2D | null;
  toBlob(callback: (blob: Blob | null) => void, type?: string, quality?: number): void;
}

export type AnyCanvas = OffscreenCanvas | PageCanvas;

/** What both canvases' 2D contexts offer: the page's is the offscreen one but for its `canvas`. */
export type Context2D = Omit<OffscreenCanvasRenderingContext2D, 'canvas'>;

export function canvasOf(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = (globalThis as unknown as { document: { createElement(tag: 'canvas'): PageCanvas } }).document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function draw(source: CanvasImageSource, width: number, height: number, background?: string): { canvas: AnyCanvas; context: Context2D } {
  const canvas = canvasOf(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null;
  if (!context) throw new Error('no 2D canvas');
  if (background) {
    // A JPEG has no transparency: see-through parts become white, not black.
    context.fillStyle = background;
    context.fillRect(0, 0, width, height);
  }
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return { canvas, context };
}

export interface DecodeRequest {
  bytes: Uint8Array;
  format: PhotoFormat;
  /** Stored size from the header (metadata), used to ask for the right reduced size. */
  width: number;
  height: number;
  /** Long side of the copy to return. */
  longSide: number;
  /** EXIF orientation (1–8) from the metadata; HEIC turns by its own boxes: pass 1. */
  orientation?: number;
  /** Force a path, for the benchmark; default: the fastest available. */
  method?: DecodeMethod;
}

/** The size to draw at, from the upright (displayed) size of the decoded picture. */
export type SizeFor = (displayWidth: number, displayHeight: number) => { width: number; height: number };

export interface Drawn {
  canvas: AnyCanvas;
  context: Context2D;
  method: DecodeMethod;
  /** The decoder ignored EXIF orientation: the caller turns the pixels itself. */
  unturned: boolean;
}

/**
 * Decodes at a reduced scale and draws onto a canvas of `sizeFor(displayed size)`.
 * `ask` is the scale (0–1 of the stored size) to ask ImageDecoder for: it
 * rounds to eighths, so ask at or above the size you need.
 */
export async function decodeToCanvas(
  request: Omit<DecodeRequest, 'longSide'>,
  sizeFor: SizeFor,
  ask: number,
  background?: string,
): Promise<Drawn> {
  const { bytes, format } = request;
  const type = MIME[format];
  const stored = { width: request.width, height: request.height };
  const orientation = request.orientation ?? 1;
  const Decoder = imageDecoderCtor();
  if ((request.method ?? 'image-decoder') === 'image-decoder' && Decoder && (await Decoder.isTypeSupported(type).catch(() => false))) {
    const scale = Math.min(1, ask);
    const decoder = new Decoder({
      data: bytes as Uint8Array<ArrayBuffer>,
      type,
      preferAnimation: false,
      ...(scale < 1 && stored.width && stored.height ? { desiredWidth: Math.ceil(stored.width * scale), desiredHeight: Math.ceil(stored.height * scale) } : {}),
    });
    try {
      const { image: frame } = await decoder.decode({ frameIndex: 0 });
      try {
        const size = sizeFor(frame.displayWidth, frame.displayHeight);
        return { ...draw(frame, size.width, size.height, background), method: 'image-decoder', unturned: looksUnturned(orientation, stored, { width: frame.displayWidth, height: frame.displayHeight }) === true };
      } finally {
        frame.close();
      }
    } finally {
      decoder.close();
    }
  }
  const blob = new Blob([bytes as BlobPart], { type });
  const method = request.method === 'full' ? 'full' : 'create-image-bitmap';
  // The upright size, to ask createImageBitmap for (it resizes after turning).
  const swapped = orientation >= 5 && orientation <= 8 && (await decoderAppliesOrientation());
  const display = swapped ? { width: stored.height, height: stored.width } : stored;
  const target = display.width && display.height ? sizeFor(display.width, display.height) : null;
  const bitmap = await createImageBitmap(blob, method === 'create-image-bitmap' && target ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' } : {});
  try {
    const size = target && method === 'create-image-bitmap' ? { width: bitmap.width, height: bitmap.height } : sizeFor(bitmap.width, bitmap.height);
    const unturned = looksUnturned(orientation, stored, bitmap) ?? (orientation > 1 && !(await decoderAppliesOrientation()));
    return { ...draw(bitmap, size.width, size.height, background), method, unturned };
  } finally {
    bitmap.close();
  }
}

export async function decodeForAnalysis(request: DecodeRequest): Promise<{ image: RgbaImage; method: DecodeMethod }> {
  const { longSide } = request;
  const long = Math.max(request.width, request.height);
  // Ask for about twice the analysis size: the JPEG decoder rounds down to 1/2, 1/4 or 1/8 scales.
  const ask = long ? (longSide * 2) / long : 1;
  // 'full' is the naive path the benchmark compares with: every pixel read back (measurePixels then box-averages).
  const sizeFor: SizeFor = request.method === 'full' ? (width, height) => ({ width, height }) : (w, h) => analysisSize(w, h, longSide);
  const drawn = await decodeToCanvas(request, sizeFor, ask);
  const { data } = drawn.context.getImageData(0, 0, drawn.canvas.width, drawn.canvas.height);
  const image: RgbaImage = { data, width: drawn.canvas.width, height: drawn.canvas.height };
  return { image: drawn.unturned ? orientRgba(image, request.orientation ?? 1) : image, method: drawn.method };
}

/**
 * A 2×1 JPEG tagged Orientation 6 (the probe browser-image-compression uses,
 * MIT): a decoder that applies EXIF orientation returns it as 1×2. Modern
 * browsers do (Chrome 81+, Safari 13.1+), even with imageOrientation 'none'
 * (measured in Chromium 156): turning again would turn twice (exifr#25).
 */
const ORIENTATION_PROBE = '/9j/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wCEAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAf/AABEIAAEAAgMBEQACEQEDEQH/xABKAAEAAAAAAAAAAAAAAAAAAAALEAEAAAAAAAAAAAAAAAAAAAAAAQEAAAAAAAAAAAAAAAAAAAAAEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwA/8H//2Q==';
let appliesOrientation: Promise<boolean> | undefined;

export function decoderAppliesOrientation(): Promise<boolean> {
  appliesOrientation ??= (async () => {
    try {
      const bytes = Uint8Array.from(atob(ORIENTATION_PROBE), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const turned = bitmap.width === 1 && bitmap.height === 2;
      bitmap.close();
      return turned;
    } catch {
      return true;
    }
  })();
  return appliesOrientation;
}
