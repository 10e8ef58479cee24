/**
 * Fairness figures (issue #11): the lighting checks on synthetic selfies of
 * every Monk Skin Tone, in each lighting. Shared by the unit test (which
 * holds the line: good light passes for every tone; dim and backlit are
 * caught for every tone) and by `npm run bench` (which prints the rates).
 */
import { judge, profiles, type Finding } from '../../../shared/index';
import type { FaceModels } from '../../../shared/photo/face/detect';
import { detectFaces } from '../../../shared/photo/face/detect';
import { mainFace } from '../../../shared/photo/face/main-face';
import type { FaceFacts } from '../../../shared/photo/face/probe';
import type { PhotoMetadata } from '../../../shared/photo/metadata';
import { withFaceRegion } from '../../../shared/photo/pixels/face-region';
import { measurePixels } from '../../../shared/photo/pixels/measure';
import { EXPECTED, LIGHTINGS, allFaces, type Lighting, type SyntheticFace } from './synthetic';

let rendered: SyntheticFace[] | null = null;
const faces = () => (rendered ??= [...allFaces()]);

export const LIGHT_CHECKS = ['photo.exposure', 'photo.backlight'] as const;

/** A 12 MP phone photo's metadata, so face size is judged at a phone's resolution. */
const METADATA: PhotoMetadata = { format: 'jpeg', bytes: 3_000_000, width: 4000, height: 3000 } as PhotoMetadata;

export interface FairnessRow {
  monk: number;
  lighting: Lighting;
  /** The lighting verdict: pass when both light checks pass. */
  ok: boolean;
  findings: Record<string, Finding['status']>;
  messages: string[];
  detected: boolean | null;
}

/** Judges every synthetic face: with the face box it was drawn with, with the detector's box, as if the detector missed it, or with no detector (the old proxy). */
export function fairnessRows(mode: 'drawn-box' | 'detector' | 'no-face-found' | 'proxy', models?: FaceModels): FairnessRow[] {
  const rows: FairnessRow[] = [];
  for (const f of faces()) {
    let face: FaceFacts | null = null;
    let detected: boolean | null = null;
    if (mode === 'drawn-box') face = { faces: [{ box: f.box, score: 1 }], analysisWidth: f.image.width, analysisHeight: f.image.height, model: 'drawn' };
    if (mode === 'no-face-found') face = { faces: [], analysisWidth: f.image.width, analysisHeight: f.image.height, model: 'missed' };
    if (mode === 'detector') {
      face = detectFaces(f.image, models!, { inputSize: 224 });
      detected = face.faces.length > 0;
    }
    const pixels = withFaceRegion(measurePixels(f.image), f.image, mainFace(face)?.box);
    const findings = judge({ photo: { metadata: METADATA, pixels, face } }, profiles['cbp-one']).filter((x) => (LIGHT_CHECKS as readonly string[]).includes(x.check));
    const statuses = Object.fromEntries(findings.map((x) => [x.check, x.status]));
    rows.push({
      monk: f.monk,
      lighting: f.lighting,
      ok: findings.every((x) => x.status === 'pass'),
      findings: statuses,
      messages: findings.filter((x) => x.status !== 'pass').map((x) => x.message.key),
      detected,
    });
  }
  return rows;
}

/** Monk groups as the figures report them. */
export const GROUPS: ReadonlyArray<{ name: string; tones: number[] }> = [
  { name: 'MST 1–3', tones: [1, 2, 3] },
  { name: 'MST 4–6', tones: [4, 5, 6] },
  { name: 'MST 7–8', tones: [7, 8] },
  { name: 'MST 9–10', tones: [9, 10] },
];

/** Per group and lighting: the share judged as expected (pass in good light, flagged in bad light). */
export function rates(rows: FairnessRow[]): Array<{ group: string; lighting: Lighting; expected: string; asExpected: number; n: number; detected: number | null }> {
  const out = [];
  for (const group of GROUPS) {
    for (const lighting of LIGHTINGS) {
      const cell = rows.filter((r) => group.tones.includes(r.monk) && r.lighting === lighting);
      const expected = EXPECTED[lighting];
      const asExpected = expected === 'either' ? cell.filter((r) => r.ok).length : cell.filter((r) => (expected === 'pass' ? r.ok : !r.ok)).length;
      const det = cell.every((r) => r.detected === null) ? null : cell.filter((r) => r.detected).length / cell.length;
      out.push({ group: group.name, lighting, expected: expected === 'either' ? 'pass (reported)' : expected, asExpected: asExpected / cell.length, n: cell.length, detected: det });
    }
  }
  return out;
}
