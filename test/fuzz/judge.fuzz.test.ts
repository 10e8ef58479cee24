import fc from 'fast-check';
import { describe, it } from 'vitest';
import { judge, profiles, type Facts, type ProfileId } from '../../shared/index';
import { facts, timeWithPosition } from './arbitraries';
import { describe as show, expectReadable, HANG_CAP_MS, PER_INPUT_LIMIT_MS, runs, SEED } from './findings';

/** Garbage facts (arbitraries.ts) into judge under every profile. */

const PROFILE_IDS = Object.keys(profiles) as ProfileId[];

function property(arbitrary: fc.Arbitrary<Facts>, numRuns: number, label: string): void {
  let tried = 0;
  let slowest = 0;
  fc.assert(
    fc.property(arbitrary, fc.constantFrom(...PROFILE_IDS), (input, profileId) => {
      tried++;
      const started = performance.now();
      const findings = judge(input, profiles[profileId]);
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      if (ms >= PER_INPUT_LIMIT_MS) throw new Error(`judge took ${Math.round(ms)} ms on ${show(input)}`);
      const crashed = findings.find((f) => f.message.key === 'check.failed');
      if (crashed) throw new Error(`${crashed.check} threw ${String(crashed.evidence.error)} on ${show(input)}`);
      expectReadable(findings, () => input);
    }),
    { seed: SEED, numRuns },
  );
  console.log(`fuzz judge (${label}): ${tried} inputs × profiles, slowest ${Math.round(slowest)} ms`);
}

describe('judge on garbage facts', () => {
  it('never throws, never runs long, and every finding reads cleanly in every language', () => {
    property(facts, runs(7_000), 'every fact group');
  }, HANG_CAP_MS);

  it('the same for time facts with a position near the border', () => {
    property(timeWithPosition, runs(3_000), 'time with a position');
  }, HANG_CAP_MS);
});
