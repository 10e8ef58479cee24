import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, PLATFORMS, fixStepKeys, fixTitleKey, type Finding } from '../../shared/index';
import { CATALOGUES, createTranslator } from '../../shared/catalogues';
import { sampleFindings } from './sample-facts';

let findings: Finding[] = [];
beforeAll(async () => {
  findings = await sampleFindings();
}, 60_000);

/** A placeholder left raw, a missing value, or a key shown in place of its text. */
const BROKEN = /\{[a-zA-Z]|undefined|NaN|\bnull\b|\[object Object\]|^[a-z]+(\.[a-zA-Z-]+)+$/;

describe('every verdict in every language', () => {
  it('reaches every check and many message keys', () => {
    expect(new Set(findings.map((f) => f.check)).size).toBeGreaterThanOrEqual(19);
    expect(new Set(findings.map((f) => f.message.key)).size).toBeGreaterThan(40);
  });

  for (const language of LANGUAGES) {
    it(`renders each message, detail and fix step in ${language.englishName} with every parameter filled`, () => {
      const t = createTranslator(language.code);
      const bad: string[] = [];
      for (const finding of findings) {
        const params = finding.message.params ?? {};
        const texts = [
          [finding.message.key, t.message(finding.message)],
          ...(finding.details ?? []).map((d) => [d.key, t.message(d)]),
          ...finding.fixes.flatMap((fix) => [
            [fixTitleKey(fix), t.t(fixTitleKey(fix))],
            ...PLATFORMS.flatMap((platform) => fixStepKeys(fix, platform, t.has).map((key) => [key, t.t(key, params)])),
          ]),
        ];
        for (const [key, text] of texts) {
          if (!t.has(key!) || BROKEN.test(text!)) bad.push(`${finding.check} ${key}: ${text}`);
        }
      }
      expect([...new Set(bad)]).toEqual([]);
    });
  }

  it('uses only message keys English has', () => {
    const english: Record<string, string> = CATALOGUES.en;
    const keys = findings.flatMap((f) => [f.message.key, ...(f.details ?? []).map((d) => d.key)]);
    expect([...new Set(keys)].filter((key) => !english[key])).toEqual([]);
  });
});
