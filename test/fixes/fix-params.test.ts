import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/catalogues';
import { translatorFor } from '../../shared/i18n/translator';
import { FIX_IDS, LANGUAGES, PLATFORMS, fixStepKeys, fixStepParams, fixTitleKey } from '../../shared/index';

/** A placeholder left in the text: "{expectedZone}", "{workaroundZone, zone}". */
const PLACEHOLDER = /\{[^{}]*\}/;

describe('fix steps with no finding behind them (the fix library, a check only the phone judged)', () => {
  it('name no raw placeholder, for every fix, language and platform', () => {
    let steps = 0;
    const raw: string[] = [];
    for (const { code } of LANGUAGES) {
      const t = translatorFor(code, CATALOGUES[code], CATALOGUES.en);
      const params = fixStepParams(t);
      for (const fixId of FIX_IDS) {
        const title = t.t(fixTitleKey(fixId), params);
        if (PLACEHOLDER.test(title)) raw.push(`${code} ${fixId}: ${title}`);
        for (const platform of PLATFORMS) {
          for (const key of fixStepKeys(fixId, platform, t.has)) {
            steps++;
            const text = t.t(key, params);
            if (PLACEHOLDER.test(text)) raw.push(`${code} ${key}: ${text}`);
          }
        }
      }
    }
    expect(raw).toEqual([]);
    expect(steps).toBeGreaterThan(LANGUAGES.length * FIX_IDS.length * PLATFORMS.length);
  });

  it('say the zone in general words in the language shown', () => {
    const spanish = translatorFor('es', CATALOGUES.es, CATALOGUES.en);
    expect(spanish.t('fix.time.set-zone-manually.android.3', fixStepParams(spanish))).toContain('su ciudad');
  });

  it("use the finding's own zone where it has one", () => {
    const english = translatorFor('en', CATALOGUES.en);
    const text = english.t('fix.time.set-zone-manually.android.3', fixStepParams(english, { expectedZone: 'America/Tijuana' }));
    expect(text).toContain('Tijuana');
    expect(text).not.toContain('your city');
  });
});
