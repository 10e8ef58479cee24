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

  it('make shells go through the public entries of shared/', async () => {
    expect((await problems('pwa/x.ts', "import { judge } from '../shared/checks/judge';\nexport const j = judge;")).join()).toMatch(/shared\/index\.ts/);
    expect(await problems('pwa/x.ts', "import { judge } from '../shared/index';\nexport const j = judge;")).toEqual([]);
  });
});
