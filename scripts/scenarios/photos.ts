/**
 * Sample photos for trainer scenarios, drawn for the purpose (no person's
 * photo is used): a face-like oval on a background, lit as the scenario says,
 * encoded as JPEG with jpeg-js, optionally with an EXIF block written here.
 * Deterministic: the same spec gives the same bytes.
 */
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../shared/index';

export type Lighting = 'fine' | 'dark' | 'backlit' | 'washed-out' | 'blurry';

export interface PhotoSpec {
  /** File name in shared/scenarios/photos/. */
  name: string;
  lighting: Lighting;
  /** Upright size of the picture (portrait, like a selfie). */
  width: number;
  height: number;
  quality: number;
  /** Per-pixel luma noise (sensor noise), standard deviation in 8-bit steps. */
  lumaNoise: number;
  /** Colour noise that leaves luma unchanged, standard deviation in 8-bit steps. */
  chromaNoise: number;
  /** EXIF to write; pixels are stored turned so that this orientation shows them upright. */
  exif?: ExifSpec;
  /** Where the people are; one centred face when left out, an empty room when empty. */
  people?: Pose[];
}

/** One person in the picture: where the face's centre is, how big, how tilted. */
export interface Pose {
  /** Centre of the face, as shares of the picture's width and height. */
  x: number;
  y: number;
  /** Size against the usual selfie face (1). */
  scale: number;
  /** Head tilted sideways, degrees, clockwise as seen. */
  roll: number;
}

/**
 * The face as drawn, in the picture's pixels: the box around the face oval, and the eye, nose and mouth centres.
 * For the one photo the detector cannot see as it is (a face cut off by the frame: the network puts its boxes
 * inside the picture), recorded with model 'drawn'.
 */
export function drawnFace(pose: Pose, w: number, h: number): { box: { x: number; y: number; width: number; height: number }; landmarks: Record<'leftEye' | 'rightEye' | 'nose' | 'mouth', { x: number; y: number }> } {
  const a = (pose.roll * Math.PI) / 180;
  const at = (bx: number, by: number) => {
    // From the usual place (offsets from its face centre) to the picture: size, tilt, shift.
    const dx = bx * pose.scale;
    const dy = by * pose.scale;
    return { x: Math.round((pose.x * w + dx * Math.cos(a) - dy * Math.sin(a)) * 10) / 10, y: Math.round((pose.y * h + dx * Math.sin(a) + dy * Math.cos(a)) * 10) / 10 };
  };
  const rx = w * 0.23 * pose.scale;
  const ry = h * 0.27 * pose.scale;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return {
    box: { x: r1(pose.x * w - rx), y: r1(pose.y * h - ry), width: r1(2 * rx), height: r1(2 * ry) },
    landmarks: { leftEye: at(-w * 0.16, -h * 0.04), rightEye: at(w * 0.16, -h * 0.04), nose: at(0, h * 0.04), mouth: at(0, h * 0.13) },
  };
}

/** The usual selfie: one face, centred a little above the middle, filling about half the frame. */
export const SELFIE_POSE: Pose = { x: 0.5, y: 0.47, scale: 1.05, roll: 0 };

export interface ExifSpec {
  orientation?: 1 | 6;
  make?: string;
  model?: string;
  software?: string;
  /** "YYYY:MM:DD HH:MM:SS", local wall-clock time. */
  dateTimeOriginal?: string;
  /** "-06:00". */
  offsetTimeOriginal?: string;
  gps?: { lat: number; lon: number };
}

/** mulberry32: a tiny seeded generator, so the noise is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(next: () => number): () => number {
  return () => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (lin: number) => 255 * (lin <= 0.0031308 ? lin * 12.92 : 1.055 * Math.max(lin, 0) ** (1 / 2.4) - 0.055);
const clamp = (v: number) => Math.max(0, Math.min(255, v));

type Rgb = [number, number, number];

/** One person in sRGB, drawn at the usual place (centre w/2, 0.47 h): hair, face, eyes, mouth, shoulders; null where the person is not. */
function person(x: number, y: number, w: number, h: number): { colour: Rgb; face: boolean } | null {
  const cx = w / 2;
  const cy = h * 0.47;
  const fx = (x - cx) / (w * 0.23);
  const fy = (y - cy) / (h * 0.27);
  const inFace = fx * fx + fy * fy <= 1;
  const hairTop = (x - cx) ** 2 / (w * 0.26) ** 2 + (y - (cy - h * 0.05)) ** 2 / (h * 0.29) ** 2 <= 1 && y < cy - h * 0.12;
  const shoulders = y > h * 0.78 && Math.abs(x - cx) < w * 0.45 - (h - y) * 0.2;
  if (inFace && !hairTop) {
    // Skin, shaded towards the edge of the oval.
    const shade = 1 - 0.25 * (fx * fx + fy * fy);
    let colour: Rgb = [205 * shade, 160 * shade, 130 * shade];
    // Eye centres set wide (0.32 of the width apart): the landmark net puts them closer, about a third of the face box.
    const eye = (ex: number) => ((x - ex) / (w * 0.045)) ** 2 + ((y - (cy - h * 0.04)) / (h * 0.018)) ** 2 <= 1;
    if (eye(cx - w * 0.16) || eye(cx + w * 0.16)) colour = [45, 35, 30];
    const brow = (ex: number) => Math.abs(x - ex) < w * 0.06 && Math.abs(y - (cy - h * 0.085)) < h * 0.006;
    if (brow(cx - w * 0.16) || brow(cx + w * 0.16)) colour = [70, 50, 40];
    if (Math.abs(x - cx) < w * 0.07 && Math.abs(y - (cy + h * 0.13)) < h * 0.008) colour = [150, 70, 70];
    if (Math.abs(x - cx) < w * 0.012 && y > cy - h * 0.02 && y < cy + h * 0.06) colour = [185 * shade, 140 * shade, 112 * shade];
    return { colour, face: true };
  }
  if (hairTop) return { colour: [50, 38, 30], face: false };
  if (shoulders) return { colour: [60, 90, 140], face: false };
  return null;
}

/** The scene in sRGB, before light: a wall (with a door and a picture when nobody is in front of it), and the people, front one last. */
function scene(x: number, y: number, w: number, h: number, people: readonly Pose[]): { colour: Rgb; face: boolean } {
  for (let i = people.length - 1; i >= 0; i--) {
    const pose = people[i]!;
    // Back from the picture to the person as drawn at the usual place: undo the shift, the tilt and the size.
    const dx = x - pose.x * w;
    const dy = y - pose.y * h;
    const a = (pose.roll * Math.PI) / 180;
    const lx = w / 2 + (dx * Math.cos(a) + dy * Math.sin(a)) / pose.scale;
    const ly = h * 0.47 + (-dx * Math.sin(a) + dy * Math.cos(a)) / pose.scale;
    const hit = person(lx, ly, w, h);
    if (hit) return hit;
  }
  if (people.length === 0) {
    // An empty room: a dark doorway and a framed picture, so the photo still has contrast.
    if (x > w * 0.12 && x < w * 0.45 && y > h * 0.3) return { colour: [70, 52, 40], face: false };
    if (x > w * 0.58 && x < w * 0.86 && y > h * 0.2 && y < h * 0.42) {
      const inner = x > w * 0.61 && x < w * 0.83 && y > h * 0.225 && y < h * 0.395;
      return { colour: inner ? [90, 130, 95] : [40, 30, 25], face: false };
    }
  }
  // A wall, a little lighter at the top.
  const t = y / h;
  return { colour: [195 - 25 * t, 187 - 25 * t, 176 - 25 * t], face: false };
}

/** Light in linear terms: a multiplier for face and background. */
function light(lighting: Lighting): { face: number; background: number; squeeze: number; cap?: number } {
  switch (lighting) {
    case 'dark':
      return { face: 1 / 40, background: 1 / 40, squeeze: 1 };
    case 'backlit':
      // A bright window behind, blown out, the face deep in its shadow (hair and eyes crushed to black).
      return { face: 1 / 42, background: 2.4, squeeze: 1, cap: 1 };
    case 'washed-out':
      return { face: 1, background: 1, squeeze: 0.12 };
    default:
      return { face: 1, background: 1, squeeze: 1 };
  }
}

function boxBlur(data: Float32Array, w: number, h: number, r: number): Float32Array<ArrayBuffer> {
  const tmp = new Float32Array(data.length);
  const out = new Float32Array(data.length);
  const at = (src: Float32Array, x: number, y: number, c: number) => src[(y * w + Math.min(w - 1, Math.max(0, x))) * 3 + c]!;
  for (let y = 0; y < h; y++)
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let x = -r; x <= r; x++) sum += at(data, x, y, c);
      for (let x = 0; x < w; x++) {
        tmp[(y * w + x) * 3 + c] = sum / (2 * r + 1);
        sum += at(data, x + r + 1, y, c) - at(data, x - r, y, c);
      }
    }
  const atY = (x: number, y: number, c: number) => tmp[(Math.min(h - 1, Math.max(0, y)) * w + x) * 3 + c]!;
  for (let x = 0; x < w; x++)
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let y = -r; y <= r; y++) sum += atY(x, y, c);
      for (let y = 0; y < h; y++) {
        out[(y * w + x) * 3 + c] = sum / (2 * r + 1);
        sum += atY(x, y + r + 1, c) - atY(x, y - r, c);
      }
    }
  return out;
}

/** Draws the upright picture as RGBA. */
export function drawPhoto(spec: PhotoSpec): RgbaImage {
  const { width: w, height: h } = spec;
  const lit = light(spec.lighting);
  const people = spec.people ?? [SELFIE_POSE];
  let rgb: Float32Array<ArrayBuffer> = new Float32Array(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const { colour, face } = scene(x, y, w, h, people);
      const gain = face ? lit.face : lit.background;
      for (let c = 0; c < 3; c++) {
        let v = toSrgb(Math.min(lit.cap ?? 0.93, toLinear(colour[c]!) * gain));
        v = 128 + (v - 128) * lit.squeeze;
        rgb[(y * w + x) * 3 + c] = v;
      }
    }
  if (spec.lighting === 'blurry') for (let pass = 0; pass < 2; pass++) rgb = boxBlur(rgb, w, h, 4);
  const noise = gaussian(random(0x4c697374 ^ spec.name.length ^ (w << 8)));
  const data = new Uint8ClampedArray(w * h * 4);
  for (let p = 0; p < w * h; p++) {
    const [r, g, b] = [rgb[p * 3]!, rgb[p * 3 + 1]!, rgb[p * 3 + 2]!];
    // Sensor noise on luma; colour noise in Cb/Cr, which leaves luma (and so sharpness) alone.
    const y = 0.299 * r + 0.587 * g + 0.114 * b + noise() * spec.lumaNoise;
    const cb = -0.168736 * r - 0.331264 * g + 0.5 * b + noise() * spec.chromaNoise;
    const cr = 0.5 * r - 0.418688 * g - 0.081312 * b + noise() * spec.chromaNoise;
    data[p * 4] = clamp(y + 1.402 * cr);
    data[p * 4 + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
    data[p * 4 + 2] = clamp(y + 1.772 * cb);
    data[p * 4 + 3] = 255;
  }
  return { data, width: w, height: h };
}

/** Turns an upright picture so that EXIF orientation 6 (rotate 90° clockwise to show) shows it upright. */
export function storeForOrientation6(image: RgbaImage): RgbaImage {
  const { width: w, height: h } = image;
  const out = new Uint8ClampedArray(w * h * 4);
  // Stored is h wide and w high; shown = stored rotated 90° clockwise.
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const sx = y;
      const sy = w - 1 - x;
      out.set(image.data.subarray((y * w + x) * 4, (y * w + x) * 4 + 4), (sy * h + sx) * 4);
    }
  return { data: out, width: h, height: w };
}

/** What a browser shows for orientation 6: the stored pixels turned 90° clockwise. */
export function showOrientation6(stored: RgbaImage): RgbaImage {
  const { width: w, height: h } = stored;
  const out = new Uint8ClampedArray(w * h * 4);
  for (let sy = 0; sy < h; sy++)
    for (let sx = 0; sx < w; sx++) {
      const x = h - 1 - sy;
      const y = sx;
      out.set(stored.data.subarray((sy * w + sx) * 4, (sy * w + sx) * 4 + 4), (y * h + x) * 4);
    }
  return { data: out, width: h, height: w };
}

// --- EXIF (TIFF, little-endian) -------------------------------------------------

type Entry = { tag: number; type: 2 | 3 | 4 | 5 | 1; values: number[] | string };

function ascii(tag: number, text: string): Entry {
  return { tag, type: 2, values: text };
}

function rationals(values: number[]): number[] {
  return values.flatMap((v) => {
    const denominator = Number.isInteger(v) ? 1 : 10_000;
    return [Math.round(v * denominator), denominator];
  });
}

const TYPE_SIZE = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 } as const;

function entryBytes(entry: Entry): Uint8Array {
  if (typeof entry.values === 'string') return new TextEncoder().encode(`${entry.values}\0`);
  const size = TYPE_SIZE[entry.type];
  const out = new Uint8Array(entry.type === 5 ? (entry.values.length / 2) * 8 : entry.values.length * size);
  const view = new DataView(out.buffer);
  entry.values.forEach((v, i) => {
    if (entry.type === 1) view.setUint8(i, v);
    else if (entry.type === 3) view.setUint16(i * 2, v, true);
    else view.setUint32(i * 4, v, true);
  });
  return out;
}

function count(entry: Entry): number {
  if (typeof entry.values === 'string') return entry.values.length + 1;
  return entry.type === 5 ? entry.values.length / 2 : entry.values.length;
}

function ifdSize(entries: Entry[]): number {
  const data = entries.map(entryBytes).reduce((sum, b) => sum + (b.length > 4 ? b.length + (b.length % 2) : 0), 0);
  return 2 + entries.length * 12 + 4 + data;
}

function writeIfd(out: DataView, offset: number, entries: Entry[]): void {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  out.setUint16(offset, sorted.length, true);
  let data = offset + 2 + sorted.length * 12 + 4;
  sorted.forEach((entry, i) => {
    const at = offset + 2 + i * 12;
    const bytes = entryBytes(entry);
    out.setUint16(at, entry.tag, true);
    out.setUint16(at + 2, entry.type, true);
    out.setUint32(at + 4, count(entry), true);
    if (bytes.length <= 4) bytes.forEach((b, j) => out.setUint8(at + 8 + j, b));
    else {
      out.setUint32(at + 8, data, true);
      bytes.forEach((b, j) => out.setUint8(data + j, b));
      data += bytes.length + (bytes.length % 2);
    }
  });
  out.setUint32(offset + 2 + sorted.length * 12, 0, true);
}

/** A minimal EXIF APP1 segment with the tags Listo reads. */
export function exifSegment(spec: ExifSpec): Uint8Array {
  const ifd0: Entry[] = [];
  if (spec.make) ifd0.push(ascii(0x010f, spec.make));
  if (spec.model) ifd0.push(ascii(0x0110, spec.model));
  if (spec.orientation) ifd0.push({ tag: 0x0112, type: 3, values: [spec.orientation] });
  if (spec.software) ifd0.push(ascii(0x0131, spec.software));
  const exif: Entry[] = [];
  if (spec.dateTimeOriginal) exif.push(ascii(0x9003, spec.dateTimeOriginal));
  if (spec.offsetTimeOriginal) exif.push(ascii(0x9011, spec.offsetTimeOriginal));
  const gps: Entry[] = [];
  if (spec.gps) {
    const dms = (v: number) => {
      const a = Math.abs(v);
      const d = Math.floor(a);
      const m = Math.floor((a - d) * 60);
      return [d, m, Math.round(((a - d) * 60 - m) * 60 * 100) / 100];
    };
    gps.push({ tag: 0x0000, type: 1, values: [2, 3, 0, 0] });
    gps.push(ascii(0x0001, spec.gps.lat >= 0 ? 'N' : 'S'));
    gps.push({ tag: 0x0002, type: 5, values: rationals(dms(spec.gps.lat)) });
    gps.push(ascii(0x0003, spec.gps.lon >= 0 ? 'E' : 'W'));
    gps.push({ tag: 0x0004, type: 5, values: rationals(dms(spec.gps.lon)) });
  }
  // Pointers are written with a placeholder first: the IFD sizes do not depend on their values.
  if (exif.length) ifd0.push({ tag: 0x8769, type: 4, values: [0] });
  if (gps.length) ifd0.push({ tag: 0x8825, type: 4, values: [0] });
  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0);
  const gpsAt = exifAt + (exif.length ? ifdSize(exif) : 0);
  for (const entry of ifd0) {
    if (entry.tag === 0x8769) entry.values = [exifAt];
    if (entry.tag === 0x8825) entry.values = [gpsAt];
  }
  const tiffLength = gpsAt + (gps.length ? ifdSize(gps) : 0);
  const tiff = new Uint8Array(tiffLength);
  const view = new DataView(tiff.buffer);
  tiff.set([0x49, 0x49, 0x2a, 0x00], 0);
  view.setUint32(4, ifd0At, true);
  writeIfd(view, ifd0At, ifd0);
  if (exif.length) writeIfd(view, exifAt, exif);
  if (gps.length) writeIfd(view, gpsAt, gps);
  const length = 2 + 6 + tiff.length;
  const segment = new Uint8Array(2 + length);
  segment.set([0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0], 0);
  segment.set(tiff, 10);
  return segment;
}

/** Inserts an APP1 segment after the JFIF APP0 segment jpeg-js writes. */
function withSegment(jpegBytes: Uint8Array, segment: Uint8Array): Uint8Array {
  let at = 2;
  if (jpegBytes[2] === 0xff && jpegBytes[3] === 0xe0) at = 4 + ((jpegBytes[4]! << 8) | jpegBytes[5]!);
  const out = new Uint8Array(jpegBytes.length + segment.length);
  out.set(jpegBytes.subarray(0, at), 0);
  out.set(segment, at);
  out.set(jpegBytes.subarray(at), at + segment.length);
  return out;
}

/** The JPEG file of a spec, and the picture as a browser shows it (upright) once decoded. */
export function makePhoto(spec: PhotoSpec): { bytes: Uint8Array; shown: RgbaImage } {
  const upright = drawPhoto(spec);
  const stored = spec.exif?.orientation === 6 ? storeForOrientation6(upright) : upright;
  const encoded = jpeg.encode({ data: stored.data, width: stored.width, height: stored.height }, spec.quality);
  const plain = new Uint8Array(encoded.data.buffer, encoded.data.byteOffset, encoded.data.byteLength);
  const bytes = spec.exif ? withSegment(plain, exifSegment(spec.exif)) : plain;
  // Decode what was written, as the app would: the metrics describe the file, not the drawing.
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const image: RgbaImage = { data: decoded.data, width: decoded.width, height: decoded.height };
  return { bytes, shown: spec.exif?.orientation === 6 ? showOrientation6(image) : image };
}
