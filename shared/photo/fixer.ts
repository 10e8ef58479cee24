/**
 * The fixer: one action turns a photo into an app-ready copy — rotation baked
 * in, resized to the profile's limits (never above 4096 px: iOS canvases go
 * blank above 16.7 MP), a JPEG under the byte limit, with every bit of
 * metadata (GPS included) left out. browser-image-compression does the work
 * with useWebWorker:false inside our own worker: its default worker loads the
 * library from a CDN, which fails offline and is remote code in an extension.
 */

export interface FixLimits {
  maxSide: number;
  maxBytes: number;
  /** EXIF orientation of the original (1–8); the copy has it baked into its pixels. */
  orientation?: number;
  /** Stored pixel size from the header, to tell whether the browser already turned the picture. */
  width?: number;
  height?: number;
}

export interface FixResult {
  blob: Blob;
  width: number;
  height: number;
  attempts: number;
}

/** The hard ceiling on the longest side, whatever a profile says. */
export const MAX_SIDE_CEILING = 4096;

export async function makeAppReadyCopy(
  file: Blob,
  limits: FixLimits,
  onProgress: (percent: number) => void = () => {},
  signal?: AbortSignal,
): Promise<FixResult> {
  const imageCompression = (await import('browser-image-compression')).default;
  const needsTurning = limits.orientation !== undefined && limits.orientation !== 1 && !(await decoderAppliesOrientation());
  const upright = needsTurning ? await bakeOrientation(file, limits) : file;
  const input = upright instanceof File ? upright : new File([upright], 'photo', { type: upright.type || 'image/jpeg' });
  let maxSide = Math.min(limits.maxSide, MAX_SIDE_CEILING);
  let quality = 0.9;
  const attempts = 4;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    // maxSizeMB is a target it overshoots (#131): aim lower and check the result.
    const out = await imageCompression(input, {
      maxSizeMB: (limits.maxBytes * 0.9) / (1024 * 1024),
      maxWidthOrHeight: maxSide,
      useWebWorker: false,
      fileType: 'image/jpeg',
      initialQuality: quality,
      preserveExif: false,
      ...(signal ? { signal } : {}),
      onProgress: (p: number) => onProgress(Math.min(99, ((attempt - 1) * 100 + p) / attempts)),
    });
    if (out.size <= limits.maxBytes) {
      const bitmap = await createImageBitmap(out);
      const result = { blob: out, width: bitmap.width, height: bitmap.height, attempts: attempt };
      bitmap.close();
      onProgress(100);
      return result;
    }
    quality = Math.max(0.5, quality - 0.15);
    maxSide = Math.round(maxSide * 0.8);
  }
  throw new Error(`could not get under ${limits.maxBytes} bytes`);
}

/**
 * A 2×1 JPEG tagged Orientation 6 (the probe browser-image-compression uses,
 * MIT): a decoder that applies EXIF orientation returns it as 1×2. Modern
 * browsers do (Chrome 81+, Safari 13.1+), even with imageOrientation 'none'
 * (measured in Chromium 156): turning again would turn twice (exifr#25).
 */
const ORIENTATION_PROBE = '/9j/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wCEAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAf/AABEIAAEAAgMBEQACEQEDEQH/xABKAAEAAAAAAAAAAAAAAAAAAAALEAEAAAAAAAAAAAAAAAAAAAAAAQEAAAAAAAAAAAAAAAAAAAAAEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwA/8H//2Q==';
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

/**
 * Turns the pixels upright ourselves, for decoders that ignore EXIF
 * orientation. If the picture nevertheless comes out with its sides swapped,
 * it was turned already and is drawn as it is.
 */
async function bakeOrientation(file: Blob, limits: FixLimits): Promise<Blob> {
  const orientation = limits.orientation!;
  const bitmap = await createImageBitmap(file, { imageOrientation: 'none' });
  const swaps = orientation >= 5;
  const alreadyTurned = swaps && limits.width !== undefined && bitmap.width === limits.height && bitmap.height === limits.width;
  // Scale while turning: a full-size canvas above 16.7 MP comes out blank on iOS (PITFALLS.md).
  const scale = Math.min(1, Math.min(limits.maxSide, MAX_SIDE_CEILING) / Math.max(bitmap.width, bitmap.height));
  const w = Math.round(bitmap.width * scale);
  const h = Math.round(bitmap.height * scale);
  const canvas = new OffscreenCanvas(swaps && !alreadyTurned ? h : w, swaps && !alreadyTurned ? w : h);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  if (!alreadyTurned) {
    // The eight EXIF orientations as canvas transforms (TIFF 6.0, tag 274).
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
  }
  context.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
}
