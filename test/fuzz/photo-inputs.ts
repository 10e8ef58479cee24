import fc from 'fast-check';
import type { PhotoMetadata } from '../../shared/index';
import { photoBytes } from '../photo/decode';

/**
 * Photo bytes to fuzz with: real fixtures with bit flips, truncations, zero
 * and huge box sizes, IFD loops and huge declared dimensions, each
 * container's magic followed by noise, and plain noise.
 */

const FIXTURES = [
  'hopper.jpg',
  'hopper_orientation_6.jpg',
  'iphone4s-gps-orientation6.jpg',
  'canon-face.jpg',
  'nikon-d7000-dark.jpg',
  'transparent.png',
  'animated.gif',
  'iphone7-gps-truncated.heic',
].map((name) => ({ name, bytes: photoBytes(name) }));
// The big fixtures, cut to where their metadata lives: mutations there matter, pixels do not.
FIXTURES.push({ name: 'iphone-xr-gps-orientation6.heic (first 8 KB)', bytes: photoBytes('iphone-xr-gps-orientation6.heic').slice(0, 8192) });
FIXTURES.push({ name: 'nikon-d5300-gps.webp (first 64 KB)', bytes: photoBytes('nikon-d5300-gps.webp').slice(0, 65_536) });

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const MAGICS: Record<string, number[]> = {
  jpeg: [0xff, 0xd8, 0xff],
  'jpeg+app1': [0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, ...ascii('Exif'), 0, 0],
  png: [0x89, ...ascii('PNG\r\n\x1a\n'), 0, 0, 0, 13, ...ascii('IHDR')],
  webp: [...ascii('RIFF'), 0xff, 0xff, 0xff, 0xff, ...ascii('WEBPVP8X')],
  gif: ascii('GIF89a'),
  heic: [0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic')],
  tiff: ascii('II*\0'),
};

/** A JPEG whose EXIF points back at itself: IFD0's next IFD, the Exif IFD and the GPS IFD are all IFD0. */
function ifdLoopJpeg(entryCount: number): Uint8Array {
  const tiff = [
    ...ascii('MM'), 0, 42, ...u32(8),
    (entryCount >> 8) & 0xff, entryCount & 0xff,
    0x87, 0x69, 0, 4, ...u32(1), ...u32(8), // ExifIFD → IFD0
    0x88, 0x25, 0, 4, ...u32(1), ...u32(8), // GPS IFD → IFD0
    0x01, 0x12, 0, 3, ...u32(1), 0, 6, 0, 0, // Orientation 6
    ...u32(8), // next IFD → IFD0
  ];
  const app1Length = 2 + 6 + tiff.length;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, app1Length >> 8, app1Length & 0xff, ...ascii('Exif'), 0, 0, ...tiff, 0xff, 0xd9]);
}

/** Real headers that declare the largest dimensions their fields hold. */
function hugeDimensions(): Record<string, Uint8Array> {
  const png = photoBytes('transparent.png');
  png.set([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 16);
  const gif = photoBytes('animated.gif');
  gif.set([0xff, 0xff, 0xff, 0xff], 6);
  const jpeg = photoBytes('hopper.jpg');
  for (let i = 2; i + 9 < jpeg.length; i++) {
    if (jpeg[i] === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2)) {
      jpeg.set([0xff, 0xff, 0xff, 0xff], i + 5);
      break;
    }
  }
  const heic = photoBytes('iphone-xr-gps-orientation6.heic').slice(0, 8192);
  for (let i = 0; i + 20 < heic.length; i++) {
    if (heic[i] === 0x69 && heic[i + 1] === 0x73 && heic[i + 2] === 0x70 && heic[i + 3] === 0x65) heic.set([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], i + 8);
  }
  return { png, gif, jpeg, heic };
}
const HUGE = hugeDimensions();

const fixture = fc.constantFrom(...FIXTURES);
const interesting32 = fc.constantFrom(0, 1, 2, 7, 8, 9, 16, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff);

type Mutation = (bytes: Uint8Array) => Uint8Array;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 16 }).map((flips): Mutation => (b) => {
    const out = b.slice();
    for (const [at, bit] of flips) if (out.length) out[at % out.length]! ^= 1 << bit;
    return out;
  }),
  fc.nat().map((cut): Mutation => (b) => b.slice(0, b.length ? cut % b.length : 0)),
  fc.tuple(fc.nat(), interesting32).map(([at, value]): Mutation => (b) => {
    const out = b.slice();
    if (out.length >= 4) out.set(u32(value), at % (out.length - 3));
    return out;
  }),
  // A box inserted at a random place: size 0, size 1 with a 64-bit size, or a size that points anywhere.
  fc.tuple(fc.nat(), interesting32, fc.constantFrom(0, 1, 15, 16, 0x1fffff, 0xffffffff), fc.constantFrom('free', 'meta', 'iinf', 'iloc', 'mdat', 'ftyp')).map(
    ([at, size, high, kind]): Mutation => (b) => {
      const header = size === 1 ? [...u32(1), ...ascii(kind), ...u32(high), ...u32(high === 0 ? 0 : 8)] : [...u32(size), ...ascii(kind)];
      const where = b.length ? at % b.length : 0;
      return new Uint8Array([...b.subarray(0, where), ...header, ...b.subarray(where)]);
    },
  ),
  // The same at a top-level box boundary (where the HEIC walk to meta reads sizes).
  fc.tuple(fc.nat(), interesting32, fc.constantFrom(0, 1, 15, 0xffffffff)).map(([pick, size, high]): Mutation => (b) => {
    const boundaries = [0];
    for (let i = 0, n = 0; i + 8 <= b.length && n < 16; n++) {
      const length = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
      if (length < 8) break;
      i += length;
      boundaries.push(Math.min(i, b.length));
    }
    const where = boundaries[pick % boundaries.length]!;
    const header = size === 1 ? [...u32(1), ...ascii('free'), ...u32(high), ...u32(0)] : [...u32(size), ...ascii('free')];
    return new Uint8Array([...b.subarray(0, where), ...header, ...b.subarray(where)]);
  }),
  // Every 4 bytes that follow a known box or chunk name get an interesting size.
  interesting32.map((value): Mutation => (b) => {
    const out = b.slice();
    for (let i = 4; i + 4 <= out.length && i < 16_384; i++) {
      const name = String.fromCharCode(out[i]!, out[i + 1]!, out[i + 2]!, out[i + 3]!);
      if (/^(meta|iinf|iloc|iprp|ipco|ispe|infe|Exif|EXIF|VP8X|IHDR|eXIf|acTL)$/.test(name)) out.set(u32(value), i - 4);
    }
    return out;
  }),
);

const mutated = fc.tuple(fixture, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([f, ms]) => ({
  label: `${f.name} mutated ×${ms.length}`,
  bytes: ms.reduce((b, m) => m(b), f.bytes),
}));
const magicAndNoise = fc.tuple(fc.constantFrom(...Object.keys(MAGICS)), fc.uint8Array({ maxLength: 4096 })).map(([kind, noise]) => ({
  label: `${kind} magic + ${noise.length} bytes of noise`,
  bytes: new Uint8Array([...MAGICS[kind]!, ...noise]),
}));
const noise = fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ label: `${bytes.length} random bytes`, bytes }));
const crafted = fc.constantFrom(
  ...[0, 1, 2, 0xffff].map((n) => ({ label: `IFD loop, ${n} entries`, bytes: ifdLoopJpeg(n) })),
  ...Object.entries(HUGE).map(([kind, bytes]) => ({ label: `${kind} with huge declared dimensions`, bytes })),
);
export const input = fc.oneof({ arbitrary: mutated, weight: 6 }, { arbitrary: magicAndNoise, weight: 2 }, { arbitrary: noise, weight: 1 }, { arbitrary: crafted, weight: 1 });

const FORMATS = new Set(['jpeg', 'png', 'webp', 'heic', 'gif', 'unknown']);

export function checkShape(meta: PhotoMetadata, bytes: Uint8Array): string | null {
  if (!FORMATS.has(meta.format)) return `format ${meta.format}`;
  if (meta.bytes !== bytes.length) return `bytes ${meta.bytes}`;
  for (const n of [meta.width, meta.height]) if (!Number.isInteger(n) || n < 0) return `size ${meta.width}×${meta.height}`;
  if (!Number.isInteger(meta.orientation) || meta.orientation < 1 || meta.orientation > 8) return `orientation ${meta.orientation}`;
  for (const text of [meta.capturedAt, meta.offsetTime, meta.make, meta.model, meta.software]) {
    if (text !== null && typeof text !== 'string') return `text ${String(text)}`;
  }
  if (meta.gps && !(Number.isFinite(meta.gps.lat) && Number.isFinite(meta.gps.lon))) return `gps ${JSON.stringify(meta.gps)}`;
  if (meta.error !== undefined && typeof meta.error !== 'string') return 'error is not text';
  return null;
}

