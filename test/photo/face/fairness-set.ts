/**
 * The fairness set (issue 22): real public-domain portraits grouped by a
 * measured skin tone (ITA bands, test/fixtures/faces/congress/manifest.json,
 * made by scripts/make-fairness-set.ts), each judged clear and in every
 * derived condition (./variants.ts) by the real detector and the real checks.
 * Shared by the unit test (which holds the goals) and `npm run bench` (which
 * prints the table).
 */
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { judge, profiles, type Finding } from '../../../shared/index';
import { mainFace } from '../../../shared/photo/face/main-face';
import type { FaceBox, FaceFacts } from '../../../shared/photo/face/probe';
import type { PhotoMetadata } from '../../../shared/photo/metadata';
import { withFaceRegion } from '../../../shared/photo/pixels/face-region';
import { measurePixels, type PixelMetrics, type RgbaImage } from '../../../shared/photo/pixels/measure';
import { ITA_BANDS, type ItaBand } from './ita';
import { CONDITIONS, variant, type Condition } from './variants';

const FOLDER = new URL('../../fixtures/faces/congress/', import.meta.url);

export interface FairnessFace {
  file: string;
  ita: number;
  band: ItaBand;
  box: FaceBox;
}

export function fairnessFaces(): FairnessFace[] {
  return (JSON.parse(readFileSync(new URL('manifest.json', FOLDER), 'utf8')) as { faces: FairnessFace[] }).faces;
}

export function decodePortrait(file: string): RgbaImage {
  const decoded = jpeg.decode(readFileSync(new URL(file, FOLDER)), { useTArray: true, formatAsRGBA: true });
  return { data: decoded.data, width: decoded.width, height: decoded.height };
}

/** The checks the table reports, in its order. */
export const TABLE_CHECKS = ['photo.face', 'photo.face-size', 'photo.head-roll', 'photo.exposure', 'photo.contrast', 'photo.sharpness', 'photo.backlight'] as const;
/** The checks about light: an evenly lit portrait must pass all of them; dim, backlit and side light must fail or warn on one. */
export const LIGHT_CHECKS = ['photo.exposure', 'photo.contrast', 'photo.backlight'] as const;

export interface FairnessResult {
  face: FairnessFace;
  condition: Condition;
  /** The detector found a face where the portrait's face is (its centre inside the found box, or the other way round). */
  found: boolean;
  faces: number;
  statuses: Record<string, Finding['status']>;
  messages: Record<string, string>;
  pixels: PixelMetrics;
}

/** The portraits are small (225×275): judged as taken, at their own size. */
const metadataOf = (image: RgbaImage): PhotoMetadata => ({ format: 'jpeg', bytes: 60_000, width: image.width, height: image.height }) as PhotoMetadata;

/** Where the face is in a variant: the same box, moved as the variant moves it (only `far` moves it). */
function expectedBox(face: FairnessFace, image: RgbaImage, condition: Condition, source: RgbaImage): FaceBox {
  if (condition !== 'far') return face.box;
  const scale = 0.5;
  const left = Math.round(image.width * 0.38 - (source.width * scale) / 2);
  const top = image.height - Math.round(source.height * scale);
  return { x: left + face.box.x * scale, y: top + face.box.y * scale, width: face.box.width * scale, height: face.box.height * scale };
}

const contains = (box: FaceBox, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

export type Detector = (image: RgbaImage) => FaceFacts;

/** Judges one portrait in one condition with the given detector and the shipped checks (CBP One profile). */
export function judgeFairness(face: FairnessFace, condition: Condition, detect: Detector, source = decodePortrait(face.file)): FairnessResult {
  const image = variant(source, face.box, condition);
  const facts = detect(image);
  const expected = expectedBox(face, image, condition, source);
  const ex = expected.x + expected.width / 2;
  const ey = expected.y + expected.height / 2;
  const found = facts.faces.some((f) => contains(f.box, ex, ey) || contains(expected, f.box.x + f.box.width / 2, f.box.y + f.box.height / 2));
  const pixels = withFaceRegion(measurePixels(image), image, mainFace(facts)?.box);
  const findings = judge({ photo: { metadata: metadataOf(image), pixels, face: facts } }, profiles['cbp-one']);
  const statuses: Record<string, Finding['status']> = {};
  const messages: Record<string, string> = {};
  for (const f of findings) {
    statuses[f.check] = f.status;
    messages[f.check] = f.message.key;
  }
  return { face, condition, found, faces: facts.faces.length, statuses, messages, pixels };
}

/** Every portrait in every condition given. */
export function judgeFairnessSet(detect: Detector, conditions: readonly Condition[] = CONDITIONS, faces = fairnessFaces()): FairnessResult[] {
  const out: FairnessResult[] = [];
  for (const face of faces) {
    const source = decodePortrait(face.file);
    for (const condition of conditions) out.push(judgeFairness(face, condition, detect, source));
  }
  return out;
}

/** Light flagged: any light check warns or fails. */
export const lightFlagged = (r: FairnessResult) => LIGHT_CHECKS.some((c) => r.statuses[c] === 'warn' || r.statuses[c] === 'fail');

export { CONDITIONS, ITA_BANDS };
