import { describe, expect, it } from 'vitest';
import { CATALOGUES, FIX_IDS, PLATFORMS, fixStepKeys, fixTitleKey, guessPlatform } from '../../shared/index';

const english: Record<string, string> = CATALOGUES.en;

describe('the fix library', () => {
  it('gives every fix a title and numbered steps for Android, iPhone and a computer', () => {
    for (const fixId of FIX_IDS) {
      expect(english[fixTitleKey(fixId)], fixId).toBeTruthy();
      for (const platform of PLATFORMS) {
        expect(fixStepKeys(fixId, platform).length, `${fixId} on ${platform}`).toBeGreaterThan(0);
      }
    }
  });

  it('has no step or title that belongs to no listed fix', () => {
    const ids = new Set<string>(FIX_IDS);
    const orphans = Object.keys(english)
      .filter((key) => key.startsWith('fix.'))
      .filter((key) => !ids.has(key.replace(/^fix\./, '').replace(/\.(title|(android|iphone|laptop)\.\d+)$/, '')));
    expect(orphans).toEqual([]);
  });

  it('numbers steps without gaps', () => {
    for (const fixId of FIX_IDS) {
      for (const platform of PLATFORMS) {
        const all = Object.keys(english).filter((key) => key.startsWith(`fix.${fixId}.${platform}.`));
        expect(all.length, `${fixId} ${platform}`).toBe(fixStepKeys(fixId, platform).length);
      }
    }
  });

  it('guesses the platform from the user agent', () => {
    expect(guessPlatform('Mozilla/5.0 (Linux; Android 14; Pixel 7)')).toBe('android');
    expect(guessPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)')).toBe('iphone');
    expect(guessPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe('laptop');
  });
});
