import { describe, expect, it } from 'vitest';
import { CHECKS, LANGUAGES, PLATFORMS, profiles, type PhotoFormat } from '../../shared/index';
import {
  ACCURACY_SCALE,
  AGE_SCALE,
  BYTES_SCALE,
  CLOCK_SCALE,
  CODE_CHECKS,
  CODE_FORMATS,
  CODE_LANGUAGES,
  CODE_PLATFORMS,
  CODE_PROFILES,
  CODE_VERSION,
  CODE_ZONES,
  PROFILE_SLOTS,
  SIDE_SCALE,
  ZONE_CHARS,
  ZONE_MAX_LENGTH,
} from '../../shared/report/code-layout';
import { encodeHelperCode, type HelperCodeInput } from '../../shared/report/index';
import { isOnGrid, scaleEnd, type Scale } from '../../shared/report/scales';
import { JUDGED_AT, tijuanaFacts } from './self-check';

const BUMP = 'changing what a code means needs CODE_VERSION + 1 in shared/report/code-layout.ts, and a reader for the old layout';

describe(`the code layout (version ${CODE_VERSION})`, () => {
  it('lists every check of the registry, and only those: a new check is a version decision', () => {
    expect([...CODE_CHECKS].sort(), BUMP).toEqual(CHECKS.map((check) => check.id).sort());
    expect(new Set(CODE_CHECKS).size).toBe(CODE_CHECKS.length);
  });

  it('lists every language and platform Listo has', () => {
    // CODE_LANGUAGES also holds the languages still being translated: a language Listo ships must already be there.
    for (const { code } of LANGUAGES) expect(CODE_LANGUAGES, `${code}: ${BUMP}`).toContain(code);
    expect(new Set(CODE_LANGUAGES).size).toBe(CODE_LANGUAGES.length);
    expect([...CODE_PLATFORMS].sort(), BUMP).toEqual([...PLATFORMS].sort());
  });

  it('has a slot for every profile (a profile added later reads as "unknown-profile" in older consoles)', () => {
    for (const id of Object.keys(profiles)) expect(CODE_PROFILES, `${id}: add it at the end of CODE_PROFILES`).toContain(id);
    expect(CODE_PROFILES.length).toBeLessThanOrEqual(PROFILE_SLOTS);
  });

  it('lists every photo format', () => {
    const formats: Record<PhotoFormat, true> = { jpeg: true, png: true, webp: true, heic: true, gif: true, unknown: true };
    expect([...CODE_FORMATS].sort()).toEqual(Object.keys(formats).sort());
  });

  it('has zones the browser knows, each once, each spellable', () => {
    expect(new Set(CODE_ZONES).size).toBe(CODE_ZONES.length);
    for (const zone of CODE_ZONES) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
      expect(zone.length).toBeLessThanOrEqual(ZONE_MAX_LENGTH);
      expect([...zone].every((char) => ZONE_CHARS.includes(char)), zone).toBe(true);
    }
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      expect([...zone].every((char) => ZONE_CHARS.includes(char)) && zone.length <= ZONE_MAX_LENGTH, zone).toBe(true);
    }
  });

  it("keeps every profile's thresholds on the scales' grids, so re-judging a rebuilt figure gives the phone's verdict", () => {
    const onGrid = (scale: Scale, value: number, what: string) => {
      expect(isOnGrid(scale, value), `${what} = ${value} is not on its scale: ${BUMP}`).toBe(true);
      expect(value).toBeLessThan(scaleEnd(scale));
    };
    for (const profile of Object.values(profiles)) {
      onGrid(CLOCK_SCALE, profile.time.clock.passBelowSeconds.value, `${profile.id} passBelowSeconds`);
      onGrid(CLOCK_SCALE, profile.time.clock.failFromSeconds.value, `${profile.id} failFromSeconds`);
      onGrid(ACCURACY_SCALE, profile.location.accuracy.passUpToMeters.value, `${profile.id} passUpToMeters`);
      onGrid(ACCURACY_SCALE, profile.location.accuracy.warnUpToMeters.value, `${profile.id} warnUpToMeters`);
      onGrid(AGE_SCALE, profile.location.accuracy.staleAfterSeconds.value, `${profile.id} staleAfterSeconds`);
      onGrid(BYTES_SCALE, profile.photo.minBytes.value, `${profile.id} minBytes`);
      onGrid(BYTES_SCALE, profile.photo.maxBytes.value, `${profile.id} maxBytes`);
      onGrid(SIDE_SCALE, profile.photo.minSide.value, `${profile.id} minSide`);
      onGrid(SIDE_SCALE, profile.photo.maxSide.value, `${profile.id} maxSide`);
      // Megapixel limits compare width × height: exact while the sides are.
      expect(Math.sqrt(profile.photo.decodeBudgetMegapixels.value * 1e6)).toBeLessThan(scaleEnd(SIDE_SCALE));
    }
  });

  it(`still writes the very codes it wrote when version ${CODE_VERSION} was made`, () => {
    // Fixed findings, not judged ones: these codes change only when the layout does.
    const statuses = ['pass', 'warn', 'fail', 'unknown'] as const;
    const findings = CODE_CHECKS.slice(0, 12).map((check, i) => ({ check, status: statuses[i % 4]!, message: { key: 'app.name' as const }, evidence: {}, fixes: [] }));
    const input: HelperCodeInput = { profileId: 'cbp-one', language: 'es', platform: 'android', judgedAt: JUDGED_AT, findings, facts: tijuanaFacts(), includePosition: false };
    expect(encodeHelperCode(input), BUMP).toBe(GOLDEN[0]);
    expect(encodeHelperCode({ ...input, profileId: 'selfie-generic', language: 'ht', platform: 'laptop', includePosition: true }), BUMP).toBe(GOLDEN[1]);
    expect(encodeHelperCode({ ...input, findings: [], facts: { time: { deviceNow: 0, zone: 'Asia/Tokyo' } } }), BUMP).toBe(GOLDEN[2]);
  });
});

/**
 * Written by version 2 from the inputs above: version 1's payload with three
 * check symbols (issue 23). From its release on, a change here needs
 * CODE_VERSION + 1. Version 1 wrote the same inputs as VERSION_1_CODES
 * (helper-code.test.ts): the same payload, with two check symbols.
 */
const GOLDEN = [
  '270D-DNRF-DSDY-BA4W-3NTE-3ZZZ-ZZAG-GGGF-BEQG-0AJ',
  '2E0S-AB94-TJHK-CX73-HF09-34YW-Y2A3-ZZZZ-ZAGG-GGFB-EXHJ-62',
  '2900-002J-Y2PA-7CJY-DMD2-9KZZ-ZZZZ-ZZZZ-ZY5E-QGX6-5',
];
