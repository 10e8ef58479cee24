import { describe, expect, it } from 'vitest';
import { FIX_IDS, LANGUAGES, PLATFORMS, fixStepKeys, fixTitleKey, guessPlatform } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { readdirSync, readFileSync } from 'node:fs';

const inEnglish = (key: string): key is MessageKey => key in CATALOGUES.en;

const CHECKS_DIR = new URL('../../shared/checks/', import.meta.url);

describe('the fix library', () => {
  for (const fixId of FIX_IDS) {
    it(`${fixId} has a title and steps for every platform, in every language`, () => {
      for (const language of LANGUAGES) {
        const catalogue: Record<string, string> = CATALOGUES[language.code];
        expect(catalogue[fixTitleKey(fixId)], `${language.code} title`).toBeTruthy();
        for (const platform of PLATFORMS) {
          const steps = fixStepKeys(fixId, platform, inEnglish);
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

  it('has no step or title that belongs to no listed fix', () => {
    const english: Record<string, string> = CATALOGUES.en;
    const ids = new Set<string>(FIX_IDS);
    const orphans = Object.keys(english)
      .filter((key) => key.startsWith('fix.'))
      .filter((key) => !ids.has(key.replace(/^fix\./, '').replace(/\.(title|(android|iphone|laptop)\.\d+)$/, '')));
    expect(orphans).toEqual([]);
  });

  it('numbers steps without gaps', () => {
    const english: Record<string, string> = CATALOGUES.en;
    for (const fixId of FIX_IDS) {
      for (const platform of PLATFORMS) {
        const all = Object.keys(english).filter((key) => key.startsWith(`fix.${fixId}.${platform}.`));
        expect(all.length, `${fixId} ${platform}`).toBe(fixStepKeys(fixId, platform, inEnglish).length);
      }
    }
  });

  it('guesses the platform from the user agent', () => {
    expect(guessPlatform('Mozilla/5.0 (Linux; Android 14; Pixel 7)')).toBe('android');
    expect(guessPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)')).toBe('iphone');
    expect(guessPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe('laptop');
  });
});
