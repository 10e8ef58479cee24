import { describe, expect, it } from 'vitest';
import { profiles, type Facts } from '../../shared/index';
import { readSymbols, writeSymbols } from '../../shared/report/base32';
import { checkSymbols } from '../../shared/report/check-symbols';
import { fromSymbols, toSymbols } from '../../shared/report/mixed-radix';
import { CODE_CHECKS, CODE_VERSION, decodeHelperCode, encodeHelperCode, encodeReport, helperReport, type HelperReport } from '../../shared/report/index';
import { JUDGED_AT, photoMetadata, selfCheck, tijuanaFacts } from './self-check';

function decoded(code: string): HelperReport {
  const result = decodeHelperCode(code);
  if (!result.ok) throw new Error(`${code}: ${result.reason}`);
  return result.report;
}

const symbolsOf = (code: string): number[] => {
  const read = readSymbols(code);
  if (!read.ok) throw new Error(code);
  return read.symbols;
};

/** A code with its frame rebuilt around changed symbols: valid check symbols, so only the content is wrong. */
function reframe(symbols: readonly number[]): string {
  const framed = [symbols[0]!, (symbols.length + 3) % 32, ...symbols.slice(2)];
  return writeSymbols([...framed, ...checkSymbols(framed)]);
}

const withoutPhoto = (facts: Facts): Facts => ({ ...facts, photo: undefined });

describe('a helper code', () => {
  const whole = encodeHelperCode(selfCheck(tijuanaFacts()));

  it('is about 43 characters for a whole self-check with an undecoded photo (its pixel and face checks not run; fewer when they pass), 33 without it, 52 with the position, in groups of four', () => {
    expect(whole).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
    expect(whole.length).toBeLessThanOrEqual(43);
    expect(encodeHelperCode(selfCheck(withoutPhoto(tijuanaFacts()))).length).toBeLessThanOrEqual(34);
    expect(encodeHelperCode(selfCheck(tijuanaFacts(), 'cbp-one', true)).length).toBeLessThanOrEqual(52);
  });

  it('gives back every status the phone judged, and "not-run" for the checks it did not', () => {
    const input = selfCheck(tijuanaFacts());
    const report = decoded(encodeHelperCode(input));
    for (const id of CODE_CHECKS) {
      expect(report.statuses[id], id).toBe(input.findings.find((f) => f.check === id)?.status ?? 'not-run');
    }
    expect(report.statuses['time.tzdata']).toBe('not-run');
    expect(report.statuses['photo.exposure']).toBe('not-run');
  });

  it('gives back the profile, language, platform, day and the figures a helper needs', () => {
    const report = decoded(encodeHelperCode({ ...selfCheck(tijuanaFacts()), language: 'ht', platform: 'iphone' }));
    expect(report).toMatchObject({ version: CODE_VERSION, profileId: 'cbp-one', language: 'ht', platform: 'iphone', day: '2026-07-15', region: 'inside' });
    expect(report.time).toEqual({ zone: 'America/Tijuana', clockOffsetSeconds: { value: 42, negative: false, clamped: false } });
    expect(report.location).toEqual({
      permission: 'granted',
      request: 'granted',
      position: { accuracyMeters: { value: 30, clamped: false }, ageSeconds: { value: 5, clamped: false }, at: null },
    });
    expect(report.photo).toEqual({
      format: 'jpeg',
      width: { value: 1600, clamped: false },
      height: { value: 1200, clamped: false },
      bytes: { value: 640_000, clamped: false, above: false },
      animated: false,
      hasAlpha: false,
      decodeError: false,
    });
  });

  it('is exactly what helperReport says the phone sends: decode(encode(x)) = helperReport(x)', () => {
    for (const input of [selfCheck(tijuanaFacts()), selfCheck(tijuanaFacts(), 'selfie-generic', true), selfCheck({})]) {
      const code = encodeHelperCode(input);
      expect(decodeHelperCode(code)).toEqual({ ok: true, report: helperReport(input) });
      expect(encodeReport(helperReport(input))).toBe(code);
    }
  });

  it('never carries the photo or its GPS tags, and the position only when the person chose to include it', () => {
    const facts = tijuanaFacts();
    facts.photo!.metadata = photoMetadata({ hasGps: true, gps: { lat: 32.5149, lon: -117.0382 }, make: 'Xiaomi', capturedAt: '2026:07:15 11:00:00' });
    const hidden = decoded(encodeHelperCode(selfCheck(facts)));
    expect(JSON.stringify(hidden)).not.toMatch(/32\.5|117\.0|Xiaomi|2026:07/);
    expect(hidden.location?.position?.at).toBeNull();

    const shown = decoded(encodeHelperCode(selfCheck(facts, 'cbp-one', true)));
    expect(shown.location?.position?.at).toEqual({ lat: 32.515, lon: -117.038 });
  });

  it('rounds a clock offset toward zero: to the second up to 30 minutes, to the minute up to 48 hours, then "more than 48 hours"', () => {
    const clock = (offsetMs: number) =>
      decoded(encodeHelperCode(selfCheck({ time: { deviceNow: JUDGED_AT + offsetMs, referenceNow: JUDGED_AT, zone: 'America/Mexico_City' } }))).time
        ?.clockOffsetSeconds;
    expect(clock(59_999)).toEqual({ value: 59, negative: false, clamped: false });
    expect(clock(-299_500)).toEqual({ value: 299, negative: true, clamped: false });
    expect(clock(-400)).toEqual({ value: 0, negative: false, clamped: false });
    expect(clock((3 * 3600 + 20 * 60 + 31) * 1000)).toEqual({ value: 3 * 3600 + 20 * 60, negative: false, clamped: false });
    expect(clock(-3 * 86_400_000)).toMatchObject({ negative: true, clamped: true });
    const offline = decoded(encodeHelperCode(selfCheck({ time: { deviceNow: JUDGED_AT, referenceNow: null, zone: 'America/Mexico_City' } })));
    expect(offline.time?.clockOffsetSeconds).toBeNull();
  });

  it('rounds accuracy and age up (1 m to 500 m, 10 m to 5 km), and bytes down to 1 kB with a flag for the rest', () => {
    const facts = tijuanaFacts();
    facts.location!.position = { lat: 20, lon: -100, accuracy: 2000.6, timestamp: JUDGED_AT - 121_000 };
    facts.photo!.metadata = photoMetadata({ bytes: 1_500_001, width: 9000, height: 6000 });
    const report = decoded(encodeHelperCode(selfCheck(facts)));
    expect(report.location?.position?.accuracyMeters).toEqual({ value: 2010, clamped: false });
    expect(report.location?.position?.ageSeconds).toEqual({ value: 130, clamped: false });
    expect(report.photo?.bytes).toEqual({ value: 1_500_000, clamped: false, above: true });
    expect(report.photo?.width.clamped).toBe(true);
    expect(report.photo?.height).toEqual({ value: 6000, clamped: false });

    facts.location!.position = { lat: 20, lon: -100, accuracy: 12_000 };
    expect(decoded(encodeHelperCode(selfCheck(facts))).location?.position).toMatchObject({ accuracyMeters: { clamped: true }, ageSeconds: null });
    facts.location!.position = { lat: 20, lon: -100, accuracy: Number.NaN };
    expect(decoded(encodeHelperCode(selfCheck(facts))).location?.position?.accuracyMeters).toBeNull();
  });

  it('carries the zones of the region in one symbol and spells out any other', () => {
    const zoneOf = (zone: string) => encodeHelperCode(selfCheck({ time: { deviceNow: JUDGED_AT, zone } }));
    expect(zoneOf('America/Port-au-Prince').length).toBe(zoneOf('America/Mexico_City').length);
    expect(zoneOf('Pacific/Chatham').length).toBeGreaterThan(zoneOf('America/Mexico_City').length);
    expect(decoded(zoneOf('Pacific/Chatham')).time?.zone).toBe('Pacific/Chatham');
    expect(decoded(zoneOf('Etc/GMT+6')).time?.zone).toBe('Etc/GMT+6');
    // Not an IANA name: said to be unknown rather than carried wrong.
    expect(decoded(zoneOf('Zone with spaces')).time?.zone).toBeNull();
  });

  it('reads a code typed loosely: lower case, O for 0, I or L for 1, spaces or no dashes', () => {
    const loose = whole.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('-', ' ');
    expect(decodeHelperCode(loose)).toEqual(decodeHelperCode(whole));
    expect(decodeHelperCode(` ${whole.replaceAll('-', '')}\n`)).toEqual(decodeHelperCode(whole));
  });
});

describe('a code that is wrong is refused, and says why', () => {
  const whole = encodeHelperCode(selfCheck(tijuanaFacts()));
  const long = encodeHelperCode(selfCheck(tijuanaFacts(), 'cbp-one', true));

  it('nothing typed: "empty"', () => {
    expect(decodeHelperCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeHelperCode(' - ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('a character no code has: "malformed"', () => {
    expect(decodeHelperCode(`${whole}#`)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeHelperCode(whole.replace(/[A-Z]/, 'U'))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('cut short anywhere: "truncated", for every length', () => {
    for (const code of [whole, long]) {
      const symbols = symbolsOf(code);
      for (let keep = 1; keep < symbols.length; keep++) {
        expect(decodeHelperCode(writeSymbols(symbols.slice(0, keep))), `${keep} of ${symbols.length}`).toEqual({ ok: false, reason: 'truncated' });
      }
      for (let drop = 0; drop < symbols.length; drop++) {
        expect(decodeHelperCode(writeSymbols(symbols.filter((_, i) => i !== drop))).ok).toBe(false);
      }
    }
  });

  it('characters added: "too-long"', () => {
    expect(decodeHelperCode(`${whole}A`)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeHelperCode(`${whole}-7Z`)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeHelperCode(`${whole.slice(0, 6)}K${whole.slice(6)}`)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('made by a newer Listo: "newer-version", even though its check symbols hold', () => {
    const symbols = symbolsOf(whole);
    expect(decodeHelperCode(reframe([CODE_VERSION + 1, ...symbols.slice(1, -3)]))).toEqual({ ok: false, reason: 'newer-version' });
    expect(decodeHelperCode(reframe([31, ...symbols.slice(1, -3)]))).toEqual({ ok: false, reason: 'newer-version' });
  });

  it('made by version 1, whose two check symbols could let two typos through: "older-version", never read', () => {
    for (const code of VERSION_1_CODES) expect(decodeHelperCode(code), code).toEqual({ ok: false, reason: 'older-version' });
    // The code: a version-1 code with two ordinary typos that version 1 read as another person's report.
    expect(decodeHelperCode('1906AJT96QMCV79RWBR28S7Q7GJGZ77XY1SZEQGJF')).toEqual({ ok: false, reason: 'older-version' });
    // Its payload under this version's frame and check symbols reads: only the version tells them apart.
    const symbols = symbolsOf(VERSION_1_CODES[0]!);
    expect(decodeHelperCode(reframe([CODE_VERSION, ...symbols.slice(1, -2)])).ok).toBe(true);
    // Cut short, a version-1 code is no longer whole: refused as what it looks like, never read.
    expect(decodeHelperCode(VERSION_1_CODES[0]!.slice(0, -3)).ok).toBe(false);
  });

  it('a profile this Listo does not know: "unknown-profile"', () => {
    const symbols = symbolsOf(whole);
    const body = symbols.slice(2, -3);
    const value = fromSymbols(body);
    // The profile is the first field, the least significant digit (radix PROFILE_SLOTS = 8).
    const unknown = value - (value % 8n) + 7n;
    expect(decodeHelperCode(reframe([CODE_VERSION, 0, ...toSymbols(unknown, body.length)]))).toEqual({ ok: false, reason: 'unknown-profile' });
  });

  it('valid check symbols around content no phone writes: "malformed"', () => {
    const symbols = symbolsOf(whole);
    expect(decodeHelperCode(reframe([0, ...symbols.slice(1, -3)]))).toEqual({ ok: false, reason: 'malformed' });
    // A leading zero in the number: the same report would be written one symbol shorter.
    expect(decodeHelperCode(reframe([CODE_VERSION, 0, 0, ...symbols.slice(2, -3)]))).toEqual({ ok: false, reason: 'malformed' });
    // Every field in range but digits left over: with a known profile (the last symbol holds the profile digit: 24 mod 8 = 0)…
    expect(decodeHelperCode(reframe([CODE_VERSION, 0, ...new Array<number>(symbols.length - 6).fill(31), 24]))).toEqual({ ok: false, reason: 'malformed' });
    // …and with a slot no profile has yet (28 mod 8 = 4): not a newer profile's code, since the rest does not hold together.
    expect(decodeHelperCode(reframe([CODE_VERSION, 0, ...new Array<number>(symbols.length - 6).fill(31), 28]))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('knows every profile there is', () => {
    for (const id of Object.keys(profiles) as Array<keyof typeof profiles>) {
      expect(decoded(encodeHelperCode(selfCheck(tijuanaFacts(), id))).profileId).toBe(id);
    }
  });
});

/** Codes version 1 wrote (test/report/code-layout.test.ts's inputs), before its check symbols were found too weak. */
const VERSION_1_CODES = [
  '160D-DNRF-DSDY-BA4W-3NTE-3ZZZ-ZZAG-GGGF-BEQG-KT',
  '1D0S-AB94-TJHK-CX73-HF09-34YW-Y2A3-ZZZZ-ZAGG-GGFB-EXH9-E',
  '1800-002J-Y2PA-7CJY-DMD2-9KZZ-ZZZZ-ZZZZ-ZY5E-QGCH',
];
