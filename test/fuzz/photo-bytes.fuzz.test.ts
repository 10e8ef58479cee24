import fc from 'fast-check';
import { describe, it } from 'vitest';
import { judge, profiles, readPhotoMetadata } from '../../shared/index';
import { checkShape, input } from './photo-inputs';
import { describe as show, expectReadable, HANG_CAP_MS, PER_INPUT_LIMIT_MS, runs, SEED } from './findings';

/**
 * Random and mutated bytes (photo-inputs.ts) into readPhotoMetadata. The
 * metadata it returns is then judged as a photo, and must read cleanly.
 */

describe('readPhotoMetadata on random and mutated bytes', () => {
  it('returns within its limit, never throws, and its metadata judges cleanly', async () => {
    let tried = 0;
    let slowest = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(input, async ({ label, bytes }) => {
        tried++;
        const started = performance.now();
        const meta = await readPhotoMetadata(bytes);
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        if (meta.error?.startsWith('structure:')) refused++;
        if (ms >= PER_INPUT_LIMIT_MS) throw new Error(`readPhotoMetadata took ${Math.round(ms)} ms on ${label}`);
        const problem = checkShape(meta, bytes);
        if (problem) throw new Error(`readPhotoMetadata gave ${problem} on ${label}: ${show(meta)}`);
        const findings = judge({ photo: { metadata: meta, judgedAt: Date.UTC(2026, 6, 15) } }, profiles['cbp-one']);
        expectReadable(findings, () => ({ label, meta }));
      }),
      { seed: SEED, numRuns: runs(10_000) },
    );
    console.log(`fuzz readPhotoMetadata: ${tried} inputs, ${refused} refused by the container guard, slowest ${Math.round(slowest)} ms`);
  }, HANG_CAP_MS);
});
