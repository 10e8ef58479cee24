import { describe, expect, it } from 'vitest';
import { CATALOGUES, CHECKS, FIX_IDS, LANGUAGES, PLATFORMS, fixStepKeys, fixTitleKey, profiles } from '../../shared/index';
import { readdirSync, readFileSync } from 'node:fs';

const CHECKS_DIR = new URL('../../shared/checks/', import.meta.url);

describe('the fix library', () => {
  for (const fixId of FIX_IDS) {
    it(`${fixId} has a title and steps for every platform, in every language`, () => {
      for (const language of LANGUAGES) {
        const catalogue: Record<string, string> = CATALOGUES[language.code];
        expect(catalogue[fixTitleKey(fixId)], `${language.code} title`).toBeTruthy();
        for (const platform of PLATFORMS) {
          const steps = fixStepKeys(fixId, platform);
          expect(steps.length, `${fixId} ${platform}`).toBeGreaterThan(0);
          for (const key of steps) expect(catalogue[key], `${language.code} ${key}`).toBeTruthy();
        }
      }
    });
  }

  it('knows every fix id a check can give', () => {
    const named = new Set<string>();
    for (const file of readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, CHECKS_DIR), 'utf8');
      for (const match of source.matchAll(/fixes(?::|\s*=)[^;\n]*?\[([^\]]*)\]/g)) {
        for (const id of match[1]!.matchAll(/'([a-z]+\.[a-z-]+)'/g)) named.add(id[1]!);
      }
      for (const match of source.matchAll(/\['(?:pass|warn|fail)', '[^']+', \[([^\]]*)\]\]/g)) {
        for (const id of match[1]!.matchAll(/'([a-z]+\.[a-z-]+)'/g)) named.add(id[1]!);
      }
    }
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((id) => !(FIX_IDS as readonly string[]).includes(id))).toEqual([]);
  });
});

describe('the check registry', () => {
  it('has one file per check id and every check a title in every language', () => {
    const files = readdirSync(CHECKS_DIR);
    for (const check of CHECKS) {
      expect(files, check.id).toContain(`${check.id.replace('.', '-')}.ts`);
      for (const language of LANGUAGES) expect(CATALOGUES[language.code][`check.${check.id}.title` as keyof (typeof CATALOGUES)['en']]).toBeTruthy();
    }
  });

  it('runs every check a profile names', () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const profile of Object.values(profiles)) expect(profile.checks.filter((id) => !ids.has(id)), profile.id).toEqual([]);
  });
});
