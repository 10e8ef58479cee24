import type { PhotoFormat } from './metadata';

/**
 * A pre-scan of a photo's container before any library reads it. Parsers
 * trust the sizes a file declares; a size that cannot be true can make them
 * walk forever. exifr 7.1.3's HEIC reader walks the top-level boxes until it
 * meets `meta` by adding each box's size to its offset
 * (src/file-parsers/heif.mjs, HeifFileParser.parse): a box before `meta` that
 * declares size 0 ("to the end of the file", which only the last box may
 * say), or size 1 with a 64-bit size of 0, never moves it, and the page
 * freezes where no timer can fire. A file refused here keeps its format and
 * byte count; nothing else is read from it.
 *
 * Every loop here advances by at least one byte and stops at the end of the
 * buffer, and the number of steps is capped besides.
 */

/** More boxes or chunks than this before the part that matters is not a photo. */
const MAX_STEPS = 10_000;

const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const fourcc = (b: Uint8Array, i: number) => String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);

/** Why the container cannot be handed to a parser, or null when its structure is sound enough. */
export function containerFault(b: Uint8Array, format: PhotoFormat): string | null {
  switch (format) {
    case 'heic':
      return isoBmffFault(b);
    case 'jpeg':
      return jpegFault(b);
    default:
      // PNG, WebP and GIF are walked only by our own code in metadata.ts, whose loops always advance.
      return null;
  }
}

/**
 * ISO-BMFF (HEIC): the top-level boxes up to `meta` must each declare a size
 * that moves past their own header. Boxes after `meta` (mdat, often with size
 * 0 or a 64-bit size) are not walked by the parsers, so they are not judged.
 */
function isoBmffFault(b: Uint8Array): string | null {
  let offset = 0;
  for (let step = 0; offset + 8 <= b.length; step++) {
    if (step >= MAX_STEPS) return 'too many boxes before meta';
    const kind = fourcc(b, offset + 4);
    let size = u32be(b, offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > b.length) return `box "${printable(kind)}" is cut short`;
      const high = u32be(b, offset + 8);
      const low = u32be(b, offset + 12);
      // Beyond 2^53 the offset arithmetic loses bytes: no photo is that large.
      if (high >= 0x200000) return `box "${printable(kind)}" declares an impossible 64-bit size`;
      size = high * 0x1_0000_0000 + low;
      header = 16;
    }
    if (kind === 'meta') return null;
    if (size === 0) return `box "${printable(kind)}" before meta declares size 0`;
    if (size < header) return `box "${printable(kind)}" declares size ${size}, smaller than its header`;
    offset += size;
  }
  // Ran off the end before meta: the parser will say so itself (a RangeError it catches).
  return null;
}

/**
 * JPEG: segment lengths count their own two length bytes, so a length below 2
 * is impossible. Walked from the start to the first SOS (scan data follows);
 * stray bytes and fill bytes between segments are skipped one at a time.
 */
function jpegFault(b: Uint8Array): string | null {
  let offset = 2;
  let steps = 0;
  while (offset + 4 <= b.length) {
    if (++steps > MAX_STEPS * 100) return 'too many segments';
    if (b[offset] !== 0xff) {
      offset += 1;
      continue;
    }
    const marker = b[offset + 1]!;
    // Fill bytes (FF FF), standalone markers (TEM, RST0–7), and byte stuffing (FF 00) carry no length.
    if (marker === 0xff || marker === 0x00 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = (b[offset + 2]! << 8) | b[offset + 3]!;
    if (length < 2) return `segment FF${marker.toString(16).toUpperCase().padStart(2, '0')} declares length ${length}`;
    offset += 2 + length;
  }
  return null;
}

/** A four-character code as text that is safe to show (a crafted file may put anything there). */
function printable(code: string): string {
  return code.replace(/[^\x20-\x7e]/g, '?');
}
