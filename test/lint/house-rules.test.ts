import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${cwd}${filePath}` });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('the house rules, enforced by lint', () => {
  it('forbid shared/ to import a shell', async () => {
    expect((await problems('shared/time/x.ts', "import { a } from '../../pwa/main';\nexport const b = a;")).join()).toMatch(/must not import from a shell/);
    expect((await problems('shared/ui/x.ts', "import { a } from '../../extension/sidepanel';\nexport const b = a;")).join()).toMatch(/shell/);
  });

  it('forbid browser globals and reading the clock in checks', async () => {
    const found = (await problems('shared/checks/x.ts', 'export const f = () => [navigator.language, document.title, Date.now(), new Date()];')).join('\n');
    expect(found).toMatch(/navigator/);
    expect(found).toMatch(/document/);
    expect(found.match(/do not read the clock/g)?.length).toBe(2);
  });

  it('let checks build dates from facts', async () => {
    expect(await problems('shared/checks/x.ts', 'export const f = (ms: number) => new Date(ms).toISOString();')).toEqual([]);
  });

  it('forbid a view to import a probe', async () => {
    const probe = /Views never gather/;
    expect((await problems('shared/ui/x.ts', "import { readTimeFacts } from '../facts/time-probe';\nexport const r = readTimeFacts;")).join()).toMatch(probe);
    expect((await problems('shared/ui/flow/x.tsx', "export { readPosition } from '../../facts/location-probe';")).join()).toMatch(probe);
    expect((await problems('shared/ui/x.ts', "import * as probes from '../facts/device-probe';\nexport const p = probes;")).join()).toMatch(probe);
    // The shell rule still holds under shared/ui beside the probe rule.
    const both = (await problems('shared/ui/x.ts', "import { a } from '../../pwa/main';\nimport { b } from '../facts/storage-probe';\nexport const c = [a, b];")).join('\n');
    expect(both).toMatch(/shell/);
    expect(both).toMatch(probe);
  });

  it('let views import fact types, probe platform types and the lazily loaded core', async () => {
    expect(await problems('shared/ui/x.ts', "import type { DeviceProbePlatform } from '../facts/device-probe';\nexport type P = DeviceProbePlatform;")).toEqual([]);
    expect(await problems('shared/ui/x.ts', "import type { Facts } from '../facts/facts';\nexport type F = Facts;")).toEqual([]);
    expect(await problems('shared/ui/x.ts', "export const loadCore = () => import('./core');")).toEqual([]);
    expect(await problems('shared/ui/core.ts', "export { readTimeFacts } from '../facts/time-probe';")).toEqual([]);
    expect(await problems('shared/session/x.ts', "export { readTimeFacts } from '../facts/time-probe';")).toEqual([]);
  });

  it('make shells go through the public entries of shared/', async () => {
    expect((await problems('pwa/x.ts', "import { judge } from '../shared/checks/judge';\nexport const j = judge;")).join()).toMatch(/shared\/index\.ts/);
    expect(await problems('pwa/x.ts', "import { judge } from '../shared/index';\nexport const j = judge;")).toEqual([]);
  });
});
