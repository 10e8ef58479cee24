import { imageSize } from 'image-size';
import { containerFault } from '../photo/container-guard';

/**
 * How a picture of a QR code is read (issue 23): its size from the header
 * first, never by decoding it. A 120 KB PNG of 10000 × 10000 pixels froze the
 * panel for 17 s at 1.5 GB, and one of 20000 × 20000 never returned: Chromium's
 * createImageBitmap decodes at full size even when asked for a smaller one
 * (PITFALLS.md, "Speed of photo decoding"). So a picture beyond the budget is
 * refused with a word, and any other is decoded scaled to READ_SIDE.
 */

/** More pixels than a 24 MP phone photo and some room: beyond it, decoding alone costs seconds and gigabytes. */
export const QR_PICTURE_MAX_PIXELS = 40_000_000;
/** A file larger than this is not a photo of a screen. */
export const QR_PICTURE_MAX_BYTES = 60_000_000;
/** The longest side the reader works at: a QR code that fills a tenth of a phone photo still has ~4 px modules. */
export const QR_READ_SIDE = 2000;

export type QrPicturePlan =
  | { ok: true; width: number; height: number; /** The size to decode at: the picture's own, or smaller, same shape. */ readWidth: number; readHeight: number }
  | { ok: false; reason: 'too-large' | 'unreadable' };

/** JPEG and HEIC containers are walked by the guard before image-size reads them. */
function guardFormat(bytes: Uint8Array): 'jpeg' | 'heic' | 'png' {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'heic';
  return 'png';
}

/** What to do with a picture's bytes, from its header alone. */
export function planQrPicture(bytes: Uint8Array): QrPicturePlan {
  if (bytes.length > QR_PICTURE_MAX_BYTES) return { ok: false, reason: 'too-large' };
  if (containerFault(bytes, guardFormat(bytes))) return { ok: false, reason: 'unreadable' };
  let width = 0;
  let height = 0;
  try {
    ({ width = 0, height = 0 } = imageSize(bytes));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!(width > 0 && height > 0)) return { ok: false, reason: 'unreadable' };
  if (width * height > QR_PICTURE_MAX_PIXELS) return { ok: false, reason: 'too-large' };
  const scale = Math.min(1, QR_READ_SIDE / Math.max(width, height));
  return { ok: true, width, height, readWidth: Math.max(1, Math.round(width * scale)), readHeight: Math.max(1, Math.round(height * scale)) };
}
