import { createQrReader, type QrReader } from './qr-client';

export { createQrReader, QR_READ_DEADLINE_MS, type QrReader } from './qr-client';
export { planQrPicture, QR_PICTURE_MAX_BYTES, QR_PICTURE_MAX_PIXELS, QR_READ_SIDE, type QrPicturePlan } from './qr-picture';

/** Pixels as a canvas gives them: RGBA, row by row. */
export interface QrImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The part of the Shape Detection API's BarcodeDetector that reading a QR code needs. */
export interface BarcodeDetectorLike {
  detect(image: unknown): Promise<ReadonlyArray<{ rawValue: string }>>;
}

export interface ReadQrPlatform {
  /** window.BarcodeDetector where the browser has it (Chrome on Android and macOS; not Windows or Linux). */
  BarcodeDetector?: new (options: { formats: string[] }) => BarcodeDetectorLike;
  /** window.ImageData, to hand the pixels to BarcodeDetector. */
  ImageData?: new (data: Uint8ClampedArray, width: number, height: number) => unknown;
}

/** The page's one QR worker, started on the first read that needs jsQR (a camera reads four frames a second). */
let shared: QrReader | null = null;
const sharedReader = () => (shared ??= createQrReader());

/**
 * The text of the first QR code in an image, or null. The browser's own
 * detector when the platform has one; else, or when it finds nothing or
 * fails, jsQR (bundled, so it works offline everywhere), in a worker so the
 * page stays responsive while it searches.
 */
export async function readQrFromImage(image: QrImage, platform: ReadQrPlatform = {}, reader: QrReader = sharedReader()): Promise<string | null> {
  if (platform.BarcodeDetector && platform.ImageData) {
    try {
      const detector = new platform.BarcodeDetector({ formats: ['qr_code'] });
      const found = await detector.detect(new platform.ImageData(image.data, image.width, image.height));
      const text = found[0]?.rawValue;
      if (text) return text;
    } catch {
      // Some builds list the API but have no detector behind it: read it ourselves.
    }
  }
  return reader.read(image);
}
