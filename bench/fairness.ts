import { SELFIE_DETECTION, detectFaces } from '../shared/photo/face/detect';
import { loadModelsFromDisk } from '../test/photo/face/models';
import { CONDITIONS, ITA_BANDS, judgeFairnessSet, lightFlagged, type Detector, type FairnessResult } from '../test/photo/face/fairness-set';

/**
 * The fairness table (issue 22): on real portraits grouped by measured skin
 * tone (ITA bands), clear and in each derived condition, the share where the
 * face was found and where each check passed, with today's detector and the
 * shipped one. Prints figures; asserts nothing (test/photo/face/fairness-set.test.ts holds the goals).
 */
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–');

export function printFairnessTable(title: string, results: FairnessResult[]): void {
  console.log(`\n${title}`);
  const columns: Array<[string, (r: FairnessResult) => boolean]> = [
    ['found', (r) => r.found],
    ['light ok', (r) => !lightFlagged(r)],
    ['exposure', (r) => r.statuses['photo.exposure'] === 'pass'],
    ['contrast', (r) => r.statuses['photo.contrast'] === 'pass'],
    ['backlight', (r) => r.statuses['photo.backlight'] === 'pass'],
    ['sharp', (r) => r.statuses['photo.sharpness'] === 'pass'],
    ['roll', (r) => r.statuses['photo.head-roll'] === 'pass'],
    ['1 face', (r) => r.statuses['photo.face'] === 'pass'],
  ];
  console.log(`  ${'condition'.padEnd(9)} ${'group'.padEnd(13)} ${'n'.padStart(3)} ${columns.map(([c]) => c.padStart(9)).join('')}`);
  for (const condition of CONDITIONS) {
    for (const band of [...ITA_BANDS, 'all'] as const) {
      const cell = results.filter((r) => r.condition === condition && (band === 'all' || r.face.band === band));
      if (!cell.length) continue;
      console.log(`  ${(band === ITA_BANDS[0] ? condition : '').padEnd(9)} ${band.padEnd(13)} ${String(cell.length).padStart(3)} ${columns.map(([, f]) => pct(cell.filter(f).length, cell.length).padStart(9)).join('')}`);
    }
  }
}

export function benchFairnessSet(detectors: Record<string, Detector>): void {
  console.log('\n## Fairness set: real portraits (Congress, public domain, 225×275) by measured skin tone (ITA), clear and derived');
  console.log('  "found": a face found where the portrait\'s face is; the other columns: share passing that check (light ok = exposure, contrast and backlight all pass)');
  console.log('  Goals: clear faces found ≥ 99 % in every group; clear "light ok" 100 %; dim, backlit, side "light ok" ≤ 5 %');
  for (const [title, detect] of Object.entries(detectors)) printFairnessTable(title, judgeFairnessSet(detect));
}

/** Before (one pass at 224) and after (the shipped SELFIE_DETECTION, fallbacks when the first pass finds nothing), with today's checks. */
export function benchFairnessOnRealFaces(): void {
  const models = loadModelsFromDisk();
  benchFairnessSet({
    'before: one pass, input 224, score > 0.5': (image) => detectFaces(image, models, { inputSize: 224 }),
    'shipped: input 224, then mirrored, 320, 416 and score > 0.3 while no face is found (SELFIE_DETECTION)': (image) => detectFaces(image, models, SELFIE_DETECTION),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) benchFairnessOnRealFaces();
