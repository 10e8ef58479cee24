/**
 * Builds the fairness set (issue 22): measures the skin tone (ITA) of every
 * portrait in ../shared/faces/congress-225x275 (851 public-domain Congress
 * portraits), then copies up to PER_BAND of each ITA band into
 * test/fixtures/faces/congress/ with a manifest of the measured figures.
 *
 *   npx tsx scripts/make-fairness-set.ts [source folder]
 *
 * The face box that the skin is measured in comes from the detector at a
 * generous setting (input 416, score > 0.3); where even that finds nothing,
 * from where these portraits put the face (the middle of the frame), and the
 * manifest says which. The pick within a band is spread evenly over its ITA
 * range, whatever the detector does on it, so the set does not favour faces
 * the detector already finds.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { detectFaces } from '../shared/photo/face/detect';
import { mainFace } from '../shared/photo/face/main-face';
import { loadModelsFromDisk } from '../test/photo/face/models';
import { ITA_BANDS, faceIta, itaBand, type ItaBand } from '../test/photo/face/ita';

const SOURCE = process.argv[2] ?? fileURLToPath(new URL('../../shared/faces/congress-225x275/', import.meta.url));
const OUT = fileURLToPath(new URL('../test/fixtures/faces/congress/', import.meta.url));
const PER_BAND = 20;

const models = loadModelsFromDisk();
interface Measured {
  file: string;
  ita: number;
  band: ItaBand;
  L: number;
  b: number;
  skinBox: 'detector' | 'frame-centre';
  /** The face box the skin was measured in (brow to chin), image pixels: where a detector should find the face. */
  box: { x: number; y: number; width: number; height: number };
}
const measured: Measured[] = [];
const greyscale: string[] = [];
const files = readdirSync(SOURCE).filter((f) => f.endsWith('.jpg')).sort();
for (const file of files) {
  const decoded = jpeg.decode(readFileSync(`${SOURCE}/${file}`), { useTArray: true, formatAsRGBA: true });
  const image = { data: decoded.data, width: decoded.width, height: decoded.height };
  const found =
    mainFace(detectFaces(image, models, { inputSize: 224, scoreThreshold: 0.3, landmarks: false })) ??
    mainFace(detectFaces(image, models, { inputSize: 416, scoreThreshold: 0.3, landmarks: false }));
  const box = found?.box ?? { x: image.width * 0.25, y: image.height * 0.18, width: image.width * 0.5, height: image.height * 0.5 };
  const { ita, L, b, chroma } = faceIta(image, box);
  const r1 = (v: number) => Math.round(v * 10) / 10;
  // A black-and-white portrait has no skin tone to measure (b* ≈ 0 gives ITA ≈ 90°): left out.
  if (chroma < 3) {
    greyscale.push(file);
    continue;
  }
  measured.push({ file, ita: r1(ita), band: itaBand(ita), L: r1(L), b: r1(b), skinBox: found ? 'detector' : 'frame-centre', box: { x: r1(box.x), y: r1(box.y), width: r1(box.width), height: r1(box.height) } });
}

const picked: Measured[] = [];
for (const band of ITA_BANDS) {
  const inBand = measured.filter((m) => m.band === band).sort((a, b) => a.ita - b.ita);
  const n = Math.min(PER_BAND, inBand.length);
  for (let k = 0; k < n; k++) picked.push(inBand[Math.floor(((k + 0.5) * inBand.length) / n)]!);
  console.log(`${band.padEnd(13)} ${String(inBand.length).padStart(4)} of ${measured.length} measured, ${n} taken`);
}
mkdirSync(OUT, { recursive: true });
for (const m of picked) copyFileSync(`${SOURCE}/${m.file}`, `${OUT}${m.file}`);
const counts = Object.fromEntries(ITA_BANDS.map((band) => [band, measured.filter((m) => m.band === band).length]));
writeFileSync(
  `${OUT}manifest.json`,
  `${JSON.stringify({ source: 'congress-225x275 (see README.md)', measuredOf: files.length, greyscaleLeftOut: greyscale.length, bandCountsOfAll: counts, faces: picked }, null, 1)}\n`,
);
