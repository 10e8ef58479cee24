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

  it('forbid Intl in checks, as a global and through globalThis', async () => {
    const found = await problems('shared/checks/x.ts', 'export const f = () => [Intl.DateTimeFormat().resolvedOptions().timeZone, globalThis.Intl];');
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toMatch(/Checks are pure/);
  });

  it('keep pixel code free of browser globals and the clock, as before', async () => {
    const found = (await problems('shared/photo/pixels/x.ts', 'export const f = () => [document.title, Date.now()];')).join('\n');
    expect(found).toMatch(/Checks are pure/);
    expect(found).toMatch(/do not read the clock/);
  });

  it('forbid browser globals, Intl and reading the clock in shared/time and shared/geo', async () => {
    for (const file of ['shared/time/x.ts', 'shared/geo/x.ts']) {
      const found = (await problems(file, 'export const f = () => [navigator.language, globalThis.fetch, Intl.DateTimeFormat, Date.now(), new Date()];')).join('\n');
      expect(found, file).toMatch(/Time and geo code is pure/);
      expect(found.match(/is pure/g)?.length, file).toBe(3);
      expect(found.match(/does not read the clock/g)?.length, file).toBe(2);
    }
    expect(await problems('shared/geo/x.ts', 'export const f = (ms: number) => new Date(ms).getUTCFullYear();')).toEqual([]);
  });

  it('let only the tz database reader of shared/time use Intl, and nothing else of the browser', async () => {
    expect(await problems('shared/time/zone-offsets.ts', 'export const f = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone });')).toEqual([]);
    expect((await problems('shared/time/zone-offsets.ts', 'export const f = () => [navigator.language, Date.now()];')).join('\n')).toMatch(/is pure[\s\S]*does not read the clock/);
  });

  it('forbid a view to import a probe', async () => {
    const probe = /Views never gather/;
    expect((await problems('shared/ui/x.ts', "import { readTimeFacts } from '../probes/time-probe';\nexport const r = readTimeFacts;")).join()).toMatch(probe);
    expect((await problems('shared/ui/flow/x.tsx', "export { readPosition } from '../../probes/location-probe';")).join()).toMatch(probe);
    expect((await problems('shared/ui/x.ts', "import * as probes from '../probes/device-probe';\nexport const p = probes;")).join()).toMatch(probe);
    // The shell rule still holds under shared/ui beside the probe rule.
    const both = (await problems('shared/ui/x.ts', "import { a } from '../../pwa/main';\nimport { b } from '../probes/storage-probe';\nexport const c = [a, b];")).join('\n');
    expect(both).toMatch(/shell/);
    expect(both).toMatch(probe);
  });

  it('let views import fact types, probe platform types and the lazily loaded core', async () => {
    expect(await problems('shared/ui/x.ts', "import type { DeviceProbePlatform } from '../probes/device-probe';\nexport type P = DeviceProbePlatform;")).toEqual([]);
    expect(await problems('shared/ui/x.ts', "import type { Facts } from '../facts/facts';\nexport type F = Facts;")).toEqual([]);
    expect(await problems('shared/ui/x.ts', "export const loadCore = () => import('./core');")).toEqual([]);
    expect(await problems('shared/ui/core.ts', "export { readTimeFacts } from '../probes/time-probe';")).toEqual([]);
    expect(await problems('shared/session/x.ts', "export { readTimeFacts } from '../probes/time-probe';")).toEqual([]);
  });

  it('hold on today\'s views, checks, time and geo code', async () => {
    const results = await eslint.lintFiles(['shared/ui', 'shared/checks', 'shared/photo/pixels', 'shared/time', 'shared/geo']);
    const houseRules = new Set(['no-restricted-imports', '@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax']);
    expect(results.length).toBeGreaterThan(50);
    expect(results.some((r) => r.filePath.endsWith('shared/ui/flow/screens.tsx'))).toBe(true);
    const broken = results.flatMap((r) => r.messages.filter((m) => houseRules.has(m.ruleId ?? '')).map((m) => `${r.filePath}: ${m.message}`));
    expect(broken).toEqual([]);
  });

  it('make shells go through the public entries of shared/', async () => {
    expect((await problems('pwa/x.ts', "import { judge } from '../shared/checks/judge';\nexport const j = judge;")).join()).toMatch(/shared\/index\.ts/);
    expect(await problems('pwa/x.ts', "import { judge } from '../shared/index';\nexport const j = judge;")).toEqual([]);
  });
});
