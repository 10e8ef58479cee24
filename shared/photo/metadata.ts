import { blankMetadata } from './blank-metadata';
import { imageSize } from 'image-size';
import { containerFault } from './container-guard';
import type { PhotoFormat, PhotoMetadata } from './metadata-types';

// The types live apart so pure code (facts, report) can name them without pulling in the reader's timers and exifr.
export type { PhotoFormat, PhotoMetadata } from './metadata-types';

/** Reading gives up after this long: a corrupt file must not hang the page. */
export const METADATA_TIMEOUT_MS = 1000;

export function sniffFormat(b: Uint8Array): PhotoFormat {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (b.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(4, 8) === 'ftyp') {
    const brands = ascii(8, Math.min(b.length, 8 + 32));
    if (/heic|heix|heim|heis|hevc|hevx|mif1|msf1/.test(brands)) return 'heic';
  }
  return 'unknown';
}

/** EXIF text may be padded with NULs or spaces (Xiaomi, Nikon): cut at the first NUL and trim. */
export function cleanText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).split('\0')[0]!.trim();
  return text === '' ? null : text;
}


export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  const format = sniffFormat(bytes);
  const result = blankMetadata(bytes.length, format);
  const errors: string[] = [];
  if (bytes.length === 0) return { ...result, error: 'empty file' };
  if (format === 'unknown') return { ...result, error: 'not an image format Listo knows' };
  // Parsers trust declared sizes; one that cannot be true may loop where no time limit can fire.
  const fault = containerFault(bytes, format);
  if (fault) return { ...result, error: `structure: ${fault}` };
  try {
    const size = imageSize(bytes);
    result.width = size.width ?? 0;
    result.height = size.height ?? 0;
  } catch (error) {
    errors.push(`size: ${messageOf(error)}`);
  }
  Object.assign(result, containerTraits(bytes, format));
  try {
    await withTimeout(readExif(bytes, format, result), METADATA_TIMEOUT_MS);
  } catch (error) {
    errors.push(`exif: ${messageOf(error)}`);
  }
  return errors.length > 0 ? { ...result, error: errors.join('; ') } : result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface ExifTags {
  Orientation?: number;
  DateTimeOriginal?: string;
  OffsetTimeOriginal?: string;
  Make?: string;
  Model?: string;
  Software?: string;
  latitude?: number;
  longitude?: number;
  GPSLatitude?: unknown;
}

async function readExif(bytes: Uint8Array, format: PhotoFormat, into: PhotoMetadata): Promise<void> {
  if (format === 'gif') return; // GIF has no EXIF.
  // The lite build reads JPEG and HEIC. WebP and PNG keep EXIF as a raw TIFF chunk:
  // we lift it out and hand it over wrapped as a minimal JPEG, so lite reads it too.
  const source = format === 'webp' || format === 'png' ? wrapTiffAsJpeg(findExifChunk(bytes, format)) : bytes;
  if (!source) return;
  const exifr = (await import('exifr/dist/lite.esm.mjs')).default;
  // reviveValues:false keeps DateTimeOriginal as the recorded wall-clock text (exifr#51).
  const tags = (await exifr.parse(source, {
    tiff: true,
    exif: true,
    gps: true,
    ifd1: false,
    interop: false,
    xmp: false,
    icc: false,
    iptc: false,
    reviveValues: false,
    translateValues: false,
    translateKeys: true,
  })) as ExifTags | undefined;
  if (!tags) return;
  if (typeof tags.Orientation === 'number' && tags.Orientation >= 1 && tags.Orientation <= 8) {
    into.orientation = tags.Orientation;
    into.orientationTagged = true;
  }
  into.capturedAt = cleanText(tags.DateTimeOriginal);
  into.offsetTime = cleanText(tags.OffsetTimeOriginal);
  into.make = cleanText(tags.Make);
  into.model = cleanText(tags.Model);
  into.software = cleanText(tags.Software);
  const { latitude, longitude } = tags;
  if (typeof latitude === 'number' && typeof longitude === 'number' && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    into.gps = { lat: latitude, lon: longitude };
    into.hasGps = true;
  }
}

const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u32le = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const tag = (b: Uint8Array, i: number) => String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);

/** Walks RIFF (WebP) or PNG chunks; calls visit(type, start, length) until it returns true. */
function walkChunks(b: Uint8Array, format: 'webp' | 'png', visit: (type: string, start: number, length: number) => boolean): void {
  let i = format === 'webp' ? 12 : 8;
  while (i + 8 <= b.length) {
    if (format === 'webp') {
      const type = tag(b, i);
      const length = u32le(b, i + 4);
      if (visit(type, i + 8, Math.min(length, b.length - i - 8))) return;
      i += 8 + length + (length % 2);
    } else {
      const length = u32be(b, i);
      const type = tag(b, i + 4);
      if (visit(type, i + 8, Math.min(length, b.length - i - 8))) return;
      i += 12 + length;
    }
  }
}

function findExifChunk(b: Uint8Array, format: 'webp' | 'png'): Uint8Array | null {
  let found: Uint8Array | null = null;
  walkChunks(b, format, (type, start, length) => {
    if ((format === 'webp' && type === 'EXIF') || (format === 'png' && type === 'eXIf')) {
      let chunk = b.subarray(start, start + length);
      // Some writers prefix "Exif\0\0", most WebP writers do not.
      if (chunk.length > 6 && tag(chunk, 0) === 'Exif') chunk = chunk.subarray(6);
      found = chunk;
      return true;
    }
    return false;
  });
  return found;
}

function wrapTiffAsJpeg(tiff: Uint8Array | null): Uint8Array | null {
  if (!tiff || tiff.length < 8 || tiff.length > 65_000) return null;
  const app1Length = 2 + 6 + tiff.length;
  const out = new Uint8Array(2 + 2 + app1Length + 2);
  out.set([0xff, 0xd8, 0xff, 0xe1, app1Length >> 8, app1Length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0], 0);
  out.set(tiff, 12);
  out.set([0xff, 0xd9], out.length - 2);
  return out;
}

/** Animation and transparency, from the container's own flags. */
function containerTraits(b: Uint8Array, format: PhotoFormat): Pick<PhotoMetadata, 'animated' | 'hasAlpha'> {
  let animated = false;
  let hasAlpha = false;
  if (format === 'png') {
    const colourType = b[25];
    hasAlpha = colourType === 4 || colourType === 6;
    walkChunks(b, 'png', (type) => {
      if (type === 'acTL') animated = true;
      if (type === 'tRNS') hasAlpha = true;
      return type === 'IDAT';
    });
  } else if (format === 'webp') {
    walkChunks(b, 'webp', (type, start) => {
      if (type === 'VP8X') {
        const flags = b[start] ?? 0;
        animated = (flags & 0x02) !== 0;
        hasAlpha = (flags & 0x10) !== 0;
      }
      if (type === 'ALPH') hasAlpha = true;
      return type === 'VP8 ' || type === 'VP8L';
    });
  } else if (format === 'gif') {
    animated = countGifFrames(b) > 1;
    hasAlpha = hasGifTransparency(b);
  }
  return { animated, hasAlpha };
}

/** Counts image descriptors by walking the GIF block structure (bounded by the file). */
export function countGifFrames(b: Uint8Array): number {
  if (b.length < 13) return 0;
  let i = 13;
  const flags = b[10]!;
  if (flags & 0x80) i += 3 * (1 << ((flags & 0x07) + 1));
  let frames = 0;
  const skipSubBlocks = () => {
    while (i < b.length && b[i] !== 0) i += b[i]! + 1;
    i += 1;
  };
  while (i < b.length) {
    const block = b[i];
    if (block === 0x3b) break;
    if (block === 0x21) {
      i += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames++;
      const localFlags = b[i + 9] ?? 0;
      i += 10;
      if (localFlags & 0x80) i += 3 * (1 << ((localFlags & 0x07) + 1));
      i += 1; // LZW minimum code size
      skipSubBlocks();
    } else break;
  }
  return frames;
}

function hasGifTransparency(b: Uint8Array): boolean {
  for (let i = 13; i + 3 < b.length; i++) {
    if (b[i] === 0x21 && b[i + 1] === 0xf9 && b[i + 2] === 0x04) return ((b[i + 3] ?? 0) & 0x01) !== 0;
  }
  return false;
}
