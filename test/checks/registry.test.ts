import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS, FIX_IDS, checkIdsOf, profiles } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';

const CHECKS_DIR = fileURLToPath(new URL('../../shared/checks/', import.meta.url));
const TESTS_DIR = fileURLToPath(new URL('./', import.meta.url));
const NOT_CHECKS = new Set(['check.ts', 'finding.ts', 'judge.ts', 'registry.ts']);
const english: Record<string, string> = CATALOGUES.en;

/** "time.zone" lives in time-zone.ts and is tested in test/checks/time-zone.test.ts. */
const fileOf = (id: string) => `${id.replaceAll('.', '-')}.ts`;

describe('the check registry', () => {
  it('has unique ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every check, each alone in a file named after its id', () => {
    const files = readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts') && !NOT_CHECKS.has(f));
    const definingChecks = files.filter((f) => /=\s*defineCheck\(/.test(readFileSync(`${CHECKS_DIR}${f}`, 'utf8')));
    expect(definingChecks.sort()).toEqual(CHECKS.map((c) => fileOf(c.id)).sort());
    for (const file of definingChecks) {
      expect(readFileSync(`${CHECKS_DIR}${file}`, 'utf8').match(/=\s*defineCheck\(/g)?.length, file).toBe(1);
    }
  });

  it('writes each check id once, in its definition; findings carry it from there', () => {
    for (const check of CHECKS) {
      // A fact need may share the id's spelling ("time.tzdata"): it names facts, not the check.
      const source = readFileSync(`${CHECKS_DIR}${fileOf(check.id)}`, 'utf8').replace(/needs: \[[^\]]*\]/, '');
      expect(source.split(`'${check.id}'`).length - 1, check.id).toBe(1);
    }
  });

  it('has a title in the catalogue and a specification test for every check', () => {
    const specs = readdirSync(TESTS_DIR)
      .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
      .map((f) => readFileSync(`${TESTS_DIR}${f}`, 'utf8'))
      .join('\n');
    for (const check of CHECKS) {
      expect(english[`check.${check.id}.title`], check.id).toBeTruthy();
      expect(specs.includes(`'${check.id}'`), `a test in test/checks/ that judges ${check.id}`).toBe(true);
    }
  });

  it('names only message keys, fix ids and check ids that exist', () => {
    const known = new Set([...Object.keys(english), ...FIX_IDS, ...CHECKS.map((c) => c.id), ...CHECKS.flatMap((c) => c.needs)]);
    for (const check of CHECKS) {
      const source = readFileSync(`${CHECKS_DIR}${fileOf(check.id)}`, 'utf8');
      const named = [...source.matchAll(/'([a-z]+\.[A-Za-z][A-Za-z.-]*)'/g)].map((m) => m[1]!);
      expect(named.filter((name) => !known.has(name)), check.id).toEqual([]);
    }
  });

  it('lets every profile name only registered checks', () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const profile of Object.values(profiles)) {
      expect(checkIdsOf(profile).filter((id) => !ids.has(id)), profile.id).toEqual([]);
    }
  });
});

describe('the README', () => {
  it('documents every check', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(CHECKS.map((c) => c.id).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });
});
