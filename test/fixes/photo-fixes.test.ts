import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIX_IDS, PLATFORMS, fixStepKeys, fixTitleKey, profiles } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { CHECKS, checkIdsOf } from '../../shared/checks/registry';

const PHOTO_CHECKS = CHECKS.filter((check) => check.id.startsWith('photo.'));

const inEnglish = (key: string): key is MessageKey => key in CATALOGUES.en;

const CHECKS_DIR = new URL('../../shared/checks/', import.meta.url);

describe('photo fixes and check titles', () => {
  const photoFixes = FIX_IDS.filter((id) => id.startsWith('photo.'));

  it('every photo fix has a title and steps on Android, iPhone and a laptop, in every language', () => {
    expect(photoFixes.length).toBeGreaterThanOrEqual(7);
    for (const id of photoFixes) {
      for (const platform of PLATFORMS) expect(fixStepKeys(id, platform, inEnglish).length, `${id} on ${platform}`).toBeGreaterThan(0);
      for (const catalogue of Object.values(CATALOGUES) as Array<Record<string, string>>) expect(catalogue[fixTitleKey(id)]).toBeTruthy();
    }
  });

  it('every fix id a photo check can name is in the fix library', () => {
    // Fix ids are the only quoted "photo.x-y" / "time.x-y" strings (hyphenated); message keys are camelCase.
    const named = new Set<string>();
    for (const file of readdirSync(CHECKS_DIR).filter((f) => f.startsWith('photo-'))) {
      const source = readFileSync(new URL(file, CHECKS_DIR), 'utf8');
      for (const match of source.matchAll(/'((?:photo|time)\.[a-z]+-[a-z-]+)'/g)) named.add(match[1]!);
    }
    expect(named.size).toBeGreaterThanOrEqual(7);
    // Check ids may be hyphenated too ("photo.face-size"): they are not fix ids.
    const checkIds = new Set<string>(CHECKS.map((check) => check.id));
    expect([...named].filter((id) => !checkIds.has(id) && !(FIX_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('every photo check is registered, listed by both profiles, and has a title in every language', () => {
    for (const check of PHOTO_CHECKS) {
      for (const profile of Object.values(profiles)) expect(checkIdsOf(profile)).toContain(check.id);
      for (const catalogue of Object.values(CATALOGUES) as Array<Record<string, string>>) expect(catalogue[`check.${check.id}.title`]).toBeTruthy();
    }
  });
});
