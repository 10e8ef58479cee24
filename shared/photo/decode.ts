import type { PhotoFormat } from './metadata';
import { analysisSize, type RgbaImage } from './pixels/measure';

/**
 * The browser probe that turns photo bytes into a small RGBA analysis copy.
 * Never decodes at full size when it can avoid it (PITFALLS.md, "Speed of
 * photo decoding"): WebCodecs ImageDecoder with desiredWidth/Height decodes
 * JPEG at a reduced DCT scale; createImageBitmap with resize options is the
 * fallback (it decodes fully, then scales). Runs in a worker or on the page.
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

function canvasOf(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = (globalThis as unknown as { document: Document }).document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function readPixels(source: CanvasImageSource, width: number, height: number): RgbaImage {
  const canvas = canvasOf(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new Error('no 2D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  return { data, width, height };
}

export interface DecodeRequest {
  bytes: Uint8Array;
  format: PhotoFormat;
  /** Stored size from the header (metadata), used to ask for the right reduced size. */
  width: number;
  height: number;
  /** Long side of the copy to return. */
  longSide: number;
  /** Force a path, for the benchmark; default: the fastest available. */
  method?: DecodeMethod;
}

export async function decodeForAnalysis(request: DecodeRequest): Promise<{ image: RgbaImage; method: DecodeMethod }> {
  const { bytes, format, longSide } = request;
  const type = MIME[format];
  const target = analysisSize(request.width || longSide, request.height || longSide, longSide);
  const Decoder = imageDecoderCtor();
  if ((request.method ?? 'image-decoder') === 'image-decoder' && Decoder && (await Decoder.isTypeSupported(type).catch(() => false))) {
    // Ask for about twice the analysis size: the JPEG decoder rounds down to 1/2, 1/4 or 1/8 scales.
    const ask = analysisSize(request.width || longSide, request.height || longSide, longSide * 2);
    const decoder = new Decoder({ data: bytes as Uint8Array<ArrayBuffer>, type, desiredWidth: ask.width, desiredHeight: ask.height, preferAnimation: false });
    try {
      const { image: frame } = await decoder.decode({ frameIndex: 0 });
      try {
        const size = analysisSize(frame.displayWidth, frame.displayHeight, longSide);
        return { image: readPixels(frame, size.width, size.height), method: 'image-decoder' };
      } finally {
        frame.close();
      }
    } finally {
      decoder.close();
    }
  }
  const blob = new Blob([bytes as BlobPart], { type });
  if ((request.method ?? 'create-image-bitmap') !== 'full') {
    const bitmap = await createImageBitmap(blob, { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'medium' });
    try {
      return { image: readPixels(bitmap, bitmap.width, bitmap.height), method: 'create-image-bitmap' };
    } finally {
      bitmap.close();
    }
  }
  const bitmap = await createImageBitmap(blob);
  try {
    return { image: readPixels(bitmap, bitmap.width, bitmap.height), method: 'full' };
  } finally {
    bitmap.close();
  }
}
