import type { PhotoFormat } from './metadata-types';

/**
 * A pre-scan of a photo's container before any library reads it. Parsers
 * trust the sizes a file declares; a size that cannot be true can make them
 * walk forever. exifr 7.1.3's HEIC reader walks the top-level boxes until it
 * meets `meta` by adding each box's size to its offset
 * (src/file-parsers/heif.mjs, HeifFileParser.parse): a box before `meta` that
 * declares size 0 ("to the end of the file", which only the last box may
 * say), or size 1 with a 64-bit size of 0, never moves it, and the page
 * freezes where no timer can fire. Its 64-bit sizes come out wrong as well
 * (see exifrBoxHead), so a size that is true can still hang it: the walk
 * below repeats exifr's own arithmetic. A file refused here keeps its format and
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
 * A box header as exifr 7.1.3 reads it (IsoBmffParser.parseBoxHead and
 * BufferView-get64.mjs): a 64-bit size is computed as `(high << 32) | low`,
 * and JavaScript shifts by 32 mod 32, so it comes out as the signed 32-bit
 * `high | low`: 0, negative, or anything but the real size. A high word of
 * 2^20 − 1 or more becomes a BigInt, which throws on the first sum (not a hang).
 */
function exifrBoxHead(b: Uint8Array, offset: number): { kind: string; length: number; start: number } | null {
  if (offset + 8 > b.length) return null;
  const kind = fourcc(b, offset + 4);
  const length = u32be(b, offset);
  if (length !== 1) return { kind, length, start: offset + 8 };
  if (offset + 16 > b.length) return null;
  const high = u32be(b, offset + 8);
  const low = u32be(b, offset + 12);
  return { kind, length: high >= 0xfffff ? Number.NaN : (high | low), start: offset + 16 };
}

/** A size the walk can use: it moves past its own 8-byte header and is what the file says. */
const walkable = (length: number) => Number.isFinite(length) && length >= 8;

/**
 * ISO-BMFF (HEIC), walked the way exifr walks it: the top-level boxes up to
 * `meta` (there a size of 0 never moves, a negative one moves back), then
 * from meta's first child box to the end of the file (exifr's parseBoxes
 * stops at a size of 0 but a negative one makes it loop). Boxes the
 * parsers do not walk (the image data after meta) are not judged.
 */
function isoBmffFault(b: Uint8Array): string | null {
  let offset = 0;
  let meta: { start: number } | null = null;
  for (let step = 0; !meta; step++) {
    if (step >= MAX_STEPS) return 'too many boxes before meta';
    const box = exifrBoxHead(b, offset);
    // Off the end before meta: the parser says so itself (a RangeError it catches).
    if (!box) return null;
    if (box.kind === 'meta') {
      meta = { start: box.start + 4 }; // a full box: version and flags come first
      break;
    }
    if (box.length === 0) return `box "${printable(box.kind)}" before meta declares size 0`;
    if (!walkable(box.length)) return `box "${printable(box.kind)}" declares a size the parser misreads`;
    offset += box.length;
  }
  offset = meta.start;
  for (let step = 0; offset < b.length - 4; step++) {
    if (step >= MAX_STEPS) return 'too many boxes in meta';
    const box = exifrBoxHead(b, offset);
    if (!box || box.length === 0) return null;
    if (!walkable(box.length)) return `box "${printable(box.kind)}" declares a size the parser misreads`;
    offset += box.length;
  }
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
