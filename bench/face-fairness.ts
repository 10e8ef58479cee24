import { loadModelsFromDisk } from '../test/photo/face/models';
import { fairnessRows, rates } from '../test/photo/face/fairness';

/** Pass rates per Monk Skin Tone group on the synthetic selfies (test/fixtures/faces, CC0). */
export function benchFairness(): void {
  console.log('\n## Fairness: light checks (photo.exposure + photo.backlight) on synthetic selfies, 10 Monk tones × 5 lightings');
  console.log('"as expected": good light passes; side, dim and backlit are flagged; harsh: share passing (reported only)');
  const models = loadModelsFromDisk();
  const tables = {
    'face box as drawn (the thresholds)': rates(fairnessRows('drawn-box')),
    'face box from the detector (input 224; gated proxy where none found)': rates(fairnessRows('detector', models)),
    'detector missed every face (gated proxy)': rates(fairnessRows('no-face-found')),
    'before: centre-ellipse proxy (no detector)': rates(fairnessRows('proxy')),
  };
  for (const [title, table] of Object.entries(tables)) {
    console.log(`\n${title}`);
    const lightings = [...new Set(table.map((r) => r.lighting))];
    console.log(`  ${'group'.padEnd(10)} ${lightings.map((l) => l.padStart(9)).join(' ')}${table[0]!.detected === null ? '' : '   detected (good light)'}`);
    for (const group of [...new Set(table.map((r) => r.group))]) {
      const cells = table.filter((r) => r.group === group);
      const detected = cells.find((r) => r.lighting === 'good')!.detected;
      const all = cells.reduce((n, r) => n + (r.detected ?? 0) * r.n, 0) / cells.reduce((n, r) => n + r.n, 0);
      console.log(
        `  ${group.padEnd(10)} ${cells.map((r) => `${Math.round(r.asExpected * 100)}%`.padStart(9)).join(' ')}${detected === null ? '' : `   ${Math.round(detected * 100)}% (all lightings ${Math.round(all * 100)}%)`}`,
      );
    }
  }
}
