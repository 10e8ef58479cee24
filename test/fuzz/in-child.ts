import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'listo-child-'));
let count = 0;

export type ChildResult = { returned: true; value: unknown; ms: number } | { returned: false; ms: number };

/**
 * Calls `what` (see child.ts) on `input` in a fresh Node process and waits at
 * most `limitMs` (start-up included) before killing it: a call that loops for
 * good ends as `returned: false` instead of freezing the test run.
 */
export function inChild(what: 'metadata' | 'judge' | 'tzdata', input: Uint8Array | string, limitMs: number): Promise<ChildResult> {
  const file = join(dir, `input-${count++}`);
  writeFileSync(file, input);
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CHILD, what, file], { timeout: limitMs, killSignal: 'SIGKILL' }, (error, stdout) => {
      const ms = performance.now() - started;
      if (error && (error.killed || error.signal)) resolve({ returned: false, ms });
      else resolve({ returned: true, value: JSON.parse(stdout), ms });
    });
  });
}
