/**
 * Runs one call of the public surface in a child process, so that a test can
 * prove "returns" even when the code under test would block its event loop
 * for good (then no timer in the test's own process could fire).
 * Usage: node --import tsx test/fuzz/child.ts <what> <input file>
 */
import { readFileSync } from 'node:fs';
import { judge, profiles, readPhotoMetadata, readTzdataFacts, type Facts, type ProfileId } from '../../shared/index';

const [what, file] = process.argv.slice(2);
const input = readFileSync(file!);

async function main(): Promise<unknown> {
  switch (what) {
    case 'metadata':
      return readPhotoMetadata(new Uint8Array(input));
    case 'judge': {
      const { facts, profile } = JSON.parse(input.toString('utf8')) as { facts: Facts; profile: ProfileId };
      return judge(facts, profiles[profile]);
    }
    case 'tzdata': {
      const options = JSON.parse(input.toString('utf8')) as { now: number; deviceZone: string };
      const facts = await readTzdataFacts(options);
      return { from: facts.from, to: facts.to, series: facts.series.length };
    }
    default:
      throw new Error(`unknown call ${what}`);
  }
}

main().then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error: unknown) => {
    process.stdout.write(JSON.stringify({ threw: String(error) }));
    process.exitCode = 1;
  },
);
