import type { Facts, LocationPermission, LocationRequestOutcome } from '../facts/facts';
import type { Finding } from '../checks/finding';
import type { Platform } from '../fixes/fix-library';
import type { LanguageCode } from '../i18n/languages';
import type { PhotoFormat } from '../photo/metadata-types';
import type { ProfileId } from '../profiles/index';
import { toEpochMs } from '../time/instant';
import { readSymbols, writeSymbols } from './base32';
import { MAX_TYPED_CODE_LENGTH, normaliseTypedCode } from './typed-code';
import { CHECK_SYMBOL_COUNT, checkSymbols, hasValidChecks, hasValidVersion1Checks } from './check-symbols';
import {
  ACCURACY_SCALE,
  AGE_SCALE,
  BYTES_SCALE,
  CLOCK_SCALE,
  CODE_CHECKS,
  CODE_FORMATS,
  CODE_LANGUAGES,
  CODE_PERMISSIONS,
  CODE_PLATFORMS,
  CODE_PROFILES,
  CODE_REQUESTS,
  CODE_STATUSES,
  CODE_VERSION,
  CODE_ZONES,
  DAY_EPOCH,
  DAY_SLOTS,
  POSITION_STEPS_PER_DEGREE,
  PROFILE_SLOTS,
  SIDE_SCALE,
  ZONE_CHARS,
  ZONE_MAX_LENGTH,
  type CodeCheckId,
  type CodeLanguage,
} from './code-layout';
import { RadixReader, RadixWriter, fromSymbols, symbolsFor, toSymbols } from './mixed-radix';
import { dequantise, quantise, scaleRadix, type ScaledFigure } from './scales';

/** A check's verdict as the phone recorded it. */
export type RecordedStatus = (typeof CODE_STATUSES)[number];
export type RegionRelation = 'inside' | 'edge' | 'outside' | 'unknown';

/** What the phone hands to encodeHelperCode at the end of the self-check. */
export interface HelperCodeInput {
  profileId: ProfileId;
  language: LanguageCode;
  platform: Platform;
  /**
   * When the findings were judged (epoch ms); only the UTC day travels. Take
   * the reference time when there was one: the phone's own clock may be what
   * is wrong. A day outside 2024-01-02 … 2046-06 travels as "unknown".
   */
  judgedAt: number;
  /** What judge gave; a check the code layout does not list is left out (code-layout.test.ts keeps the two in step). */
  findings: readonly Finding[];
  facts: Facts;
  /** The person chose to show where they are: the position travels, rounded to about 110 m. */
  includePosition: boolean;
}

/**
 * What a helper code says, as the volunteer's console reads it. Figures are
 * as carried: rounded on the code's scales (code-layout.ts), `clamped` when
 * the true figure was beyond the end of the scale. Never the photo, never the
 * position unless the person chose to include it.
 */
export interface HelperReport {
  version: number;
  profileId: ProfileId;
  /** The phone's language; a newer Listo may speak one this console does not (yet): its code, as CODE_LANGUAGES has it. */
  language: CodeLanguage;
  platform: Platform;
  /** The UTC day judged ("2026-07-15"); null when the phone's date was outside what the code can say (a clock years off). */
  day: string | null;
  statuses: Record<CodeCheckId, RecordedStatus>;
  /** location.region's verdict as a relation of the accuracy circle to the accepted area. */
  region: RegionRelation;
  /** null: no time facts were gathered. */
  time: {
    /** The device's time zone; null when the name could not be carried. */
    zone: string | null;
    /** Device minus reference, whole seconds toward zero; null without a reference (offline). */
    clockOffsetSeconds: (ScaledFigure & { negative: boolean }) | null;
  } | null;
  /** null: no location facts were gathered. */
  location: {
    permission: LocationPermission;
    request: LocationRequestOutcome | null;
    /** null: no position. */
    position: {
      /** Accuracy radius in metres; null when the phone gave none that can be used. */
      accuracyMeters: ScaledFigure | null;
      /** How old the position was when judged, in seconds; null when unknown. */
      ageSeconds: ScaledFigure | null;
      /** Only when the person included it: degrees, to 0.001. */
      at: { lat: number; lon: number } | null;
    } | null;
  } | null;
  /** null: no photo was checked. */
  photo: {
    format: PhotoFormat;
    width: ScaledFigure;
    height: ScaledFigure;
    /** Bytes, rounded down to the grid; `above`: the file was bigger than that grid point. */
    bytes: ScaledFigure & { above: boolean };
    animated: boolean;
    hasAlpha: boolean;
    /** The phone could not decode the pixels. */
    decodeError: boolean;
  } | null;
}

export type DecodeFailure =
  /** Nothing was typed. */
  | 'empty'
  /** A character that no code has, or a code that does not hold together. */
  | 'malformed'
  /** A character mistyped or two swapped: the check symbols do not match. */
  | 'check-digit'
  /** Characters are missing at the end (or the middle). */
  | 'truncated'
  /** There are more characters than the code says it has. */
  | 'too-long'
  /** Made by a newer Listo: update the extension. */
  | 'newer-version'
  /** Made by an older Listo, whose codes could be misread: ask the client for a new code. */
  | 'older-version'
  /** A profile this Listo does not know (made by a newer Listo). */
  | 'unknown-profile';

export type DecodeResult = { ok: true; report: HelperReport } | { ok: false; reason: DecodeFailure };

const DAY_MS = 86_400_000;
/** More extra characters than this read as missing ones (the length symbol counts modulo 32). */
const MAX_EXTRA = 4;
const STATUS_OTHERS = CODE_STATUSES.filter((status) => status !== 'pass');
const ZONE_SPELT = CODE_ZONES.length + 1;
const LAT_RADIX = 180 * POSITION_STEPS_PER_DEGREE + 1;
const LON_RADIX = 360 * POSITION_STEPS_PER_DEGREE + 1;
const indexIn = <T>(list: readonly T[], value: T): number => list.indexOf(value);

function regionOf(status: RecordedStatus): RegionRelation {
  return status === 'pass' ? 'inside' : status === 'warn' ? 'edge' : status === 'fail' ? 'outside' : 'unknown';
}

// `+ 0` turns −0 into 0: a position on the meridian reads back as written.
const clampInt = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value))) + 0;

/** Rounds the phone's facts and findings to what the code carries: decode(encode(input)) gives exactly this. */
export function helperReport(input: HelperCodeInput): HelperReport {
  if (!Number.isFinite(input.judgedAt)) throw new RangeError('judgedAt must be epoch milliseconds');
  const { facts } = input;
  const statuses = Object.fromEntries(
    CODE_CHECKS.map((id) => [id, input.findings.find((finding) => finding.check === id)?.status ?? 'not-run']),
  ) as Record<CodeCheckId, RecordedStatus>;
  const dayIndex = Math.floor((input.judgedAt - DAY_EPOCH) / DAY_MS);
  const day = dayIndex >= 1 && dayIndex < DAY_SLOTS ? new Date(DAY_EPOCH + dayIndex * DAY_MS).toISOString().slice(0, 10) : null;

  let time: HelperReport['time'] = null;
  if (facts.time) {
    const device = toEpochMs(facts.time.deviceNow);
    const reference = toEpochMs(facts.time.referenceNow);
    let clockOffsetSeconds: NonNullable<HelperReport['time']>['clockOffsetSeconds'] = null;
    if (Number.isFinite(device) && Number.isFinite(reference)) {
      const ms = device - reference;
      const figure = dequantise(CLOCK_SCALE, quantise(CLOCK_SCALE, Math.floor(Math.abs(ms) / 1000)));
      clockOffsetSeconds = { ...figure, negative: ms < 0 && figure.value > 0 };
    }
    time = { zone: zoneCarried(facts.time.zone), clockOffsetSeconds };
  }

  let location: HelperReport['location'] = null;
  if (facts.location) {
    const loc = facts.location;
    const p = loc.position;
    let position: NonNullable<HelperReport['location']>['position'] = null;
    if (p && Number.isFinite(p.lat) && Number.isFinite(p.lon)) {
      const usable = Number.isFinite(p.accuracy) && p.accuracy >= 0;
      const judgedAt = loc.readAt ?? toEpochMs(facts.time?.deviceNow);
      const age = p.timestamp !== undefined && Number.isFinite(judgedAt) && Number.isFinite(p.timestamp)
        ? Math.max(0, Math.round((judgedAt - p.timestamp) / 1000))
        : null;
      position = {
        accuracyMeters: usable ? dequantise(ACCURACY_SCALE, quantise(ACCURACY_SCALE, Math.round(p.accuracy))) : null,
        ageSeconds: age === null ? null : dequantise(AGE_SCALE, quantise(AGE_SCALE, age)),
        at: input.includePosition
          ? {
              lat: clampInt(p.lat * POSITION_STEPS_PER_DEGREE, -90 * POSITION_STEPS_PER_DEGREE, 90 * POSITION_STEPS_PER_DEGREE) / POSITION_STEPS_PER_DEGREE,
              lon: clampInt(p.lon * POSITION_STEPS_PER_DEGREE, -180 * POSITION_STEPS_PER_DEGREE, 180 * POSITION_STEPS_PER_DEGREE) / POSITION_STEPS_PER_DEGREE,
            }
          : null,
      };
    }
    const permission = CODE_PERMISSIONS.includes(loc.permission) ? loc.permission : 'unsupported';
    const request = loc.request !== undefined && CODE_REQUESTS.includes(loc.request) ? loc.request : null;
    location = { permission, request, position };
  }

  let photo: HelperReport['photo'] = null;
  if (facts.photo) {
    const meta = facts.photo.metadata;
    // A header that could not be read says 0 (as readPhotoMetadata does), never NaN.
    const bytes = Number.isFinite(meta.bytes) ? meta.bytes : 0;
    const bytesFigure = dequantise(BYTES_SCALE, quantise(BYTES_SCALE, bytes));
    photo = {
      format: CODE_FORMATS.includes(meta.format) ? meta.format : 'unknown',
      width: dequantise(SIDE_SCALE, quantise(SIDE_SCALE, Number.isFinite(meta.width) ? meta.width : 0)),
      height: dequantise(SIDE_SCALE, quantise(SIDE_SCALE, Number.isFinite(meta.height) ? meta.height : 0)),
      bytes: { ...bytesFigure, above: !bytesFigure.clamped && bytes > bytesFigure.value },
      animated: meta.animated,
      hasAlpha: meta.hasAlpha,
      decodeError: Boolean(facts.photo.decodeError),
    };
  }

  return {
    version: CODE_VERSION,
    profileId: input.profileId,
    language: input.language,
    platform: input.platform,
    day,
    statuses,
    region: regionOf(statuses['location.region']),
    time,
    location,
    photo,
  };
}

/** A zone name as carried: null when it is too long or has characters no IANA name has. */
function zoneCarried(zone: string): string | null {
  if ((CODE_ZONES as readonly string[]).includes(zone)) return zone;
  if (zone.length === 0 || zone.length > ZONE_MAX_LENGTH || [...zone].some((char) => !ZONE_CHARS.includes(char))) return null;
  return zone;
}

/** The text to show and to put in the QR code: "1Z4M-…", uppercase, in groups of four. */
export function encodeHelperCode(input: HelperCodeInput): string {
  return writeSymbols(reportSymbols(helperReport(input)));
}

/** The code of a report as decodeHelperCode gives it: encodeReport(decode(code).report) is the code again. */
export function encodeReport(report: HelperReport): string {
  return writeSymbols(reportSymbols(report));
}

/** `profile`: the slot to write, for a report read from a slot no profile of this Listo has (decodeSymbols checks such codes whole). */
function reportSymbols(report: HelperReport, profile = indexIn(CODE_PROFILES, report.profileId)): number[] {
  const w = new RadixWriter();
  const language = indexIn(CODE_LANGUAGES, report.language);
  const platform = indexIn(CODE_PLATFORMS, report.platform);
  if (profile < 0 || language < 0 || platform < 0) throw new RangeError('profile, language or platform not in the code layout');
  w.push(profile, PROFILE_SLOTS).push(language, CODE_LANGUAGES.length).push(platform, CODE_PLATFORMS.length);
  w.push(report.day === null ? 0 : Math.round((Date.parse(`${report.day}T00:00:00Z`) - DAY_EPOCH) / DAY_MS), DAY_SLOTS);

  for (const id of CODE_CHECKS) {
    const status = report.statuses[id];
    w.push(status === 'pass' ? 0 : 1, 2);
    if (status !== 'pass') w.push(indexIn(STATUS_OTHERS, status), STATUS_OTHERS.length);
  }

  const clockRadix = scaleRadix(CLOCK_SCALE);
  if (!report.time) w.push(0, CODE_ZONES.length + 2);
  else {
    const { zone, clockOffsetSeconds: clock } = report.time;
    const known = zone === null ? -1 : indexIn(CODE_ZONES as readonly string[], zone);
    if (known >= 0) w.push(known + 1, CODE_ZONES.length + 2);
    else {
      w.push(ZONE_SPELT, CODE_ZONES.length + 2);
      const name = zone ?? '';
      w.push(name.length, ZONE_MAX_LENGTH + 1);
      for (const char of name) w.push(ZONE_CHARS.indexOf(char), ZONE_CHARS.length);
    }
    // 0: no reference; 1…R: ahead or exact by code−1; R+1…2R−1: behind.
    const code = clock === null ? -1 : quantise(CLOCK_SCALE, clock.value);
    w.push(clock === null ? 0 : clock.negative ? clockRadix + code : 1 + code, 2 * clockRadix);
  }

  const loc = report.location;
  w.push(loc ? 1 + indexIn(CODE_PERMISSIONS, loc.permission) * CODE_REQUESTS.length + indexIn(CODE_REQUESTS, loc.request) : 0, 1 + CODE_PERMISSIONS.length * CODE_REQUESTS.length);
  if (loc) {
    const p = loc.position;
    w.push(p ? 1 : 0, 2);
    if (p) {
      w.push(p.accuracyMeters ? 1 + quantise(ACCURACY_SCALE, p.accuracyMeters.value) : 0, 1 + scaleRadix(ACCURACY_SCALE));
      w.push(p.ageSeconds ? 1 + quantise(AGE_SCALE, p.ageSeconds.value) : 0, 1 + scaleRadix(AGE_SCALE));
      w.push(p.at ? 1 : 0, 2);
      if (p.at) {
        w.push(Math.round(p.at.lat * POSITION_STEPS_PER_DEGREE) + 90 * POSITION_STEPS_PER_DEGREE, LAT_RADIX);
        w.push(Math.round(p.at.lon * POSITION_STEPS_PER_DEGREE) + 180 * POSITION_STEPS_PER_DEGREE, LON_RADIX);
      }
    }
  }

  const photo = report.photo;
  w.push(photo ? 1 + indexIn(CODE_FORMATS, photo.format) : 0, 1 + CODE_FORMATS.length);
  if (photo) {
    w.push((photo.animated ? 1 : 0) + (photo.hasAlpha ? 2 : 0) + (photo.decodeError ? 4 : 0), 8);
    w.push(quantise(SIDE_SCALE, photo.width.value), scaleRadix(SIDE_SCALE));
    w.push(quantise(SIDE_SCALE, photo.height.value), scaleRadix(SIDE_SCALE));
    w.push(quantise(BYTES_SCALE, photo.bytes.value), scaleRadix(BYTES_SCALE));
    w.push(photo.bytes.above ? 1 : 0, 2);
  }

  const { value, capacity } = w.finish();
  const body = toSymbols(value, symbolsFor(capacity));
  const total = 2 + body.length + CHECK_SYMBOL_COUNT;
  const framed = [report.version, total % 32, ...body];
  return [...framed, ...checkSymbols(framed)];
}

/**
 * Reads a code typed or scanned by a volunteer. It never throws, and it
 * refuses rather than guess: a code is read only when its check symbols, its
 * length and every field hold, and writing the report again gives back the
 * very same code.
 */
export function decodeHelperCode(text: string): DecodeResult {
  // Far longer than any code: a paste of something else, not worth reading (two million characters took seconds).
  if (text.length > MAX_TYPED_CODE_LENGTH) return { ok: false, reason: 'malformed' };
  const read = readSymbols(normaliseTypedCode(text));
  if (!read.ok) return { ok: false, reason: 'malformed' };
  return decodeSymbols(read.symbols);
}

/** A first symbol that is no version this Listo knows of (0, or newer) on text that does not check: words, not a code ("hello world"). */
const isKnownVersion = (symbol: number) => symbol >= 1 && symbol <= CODE_VERSION;

function decodeSymbols(symbols: readonly number[]): DecodeResult {
  const n = symbols.length;
  if (n === 0) return { ok: false, reason: 'empty' };
  if (isVersion1Code(symbols)) return { ok: false, reason: 'older-version' };
  // Shorter than any code of this version (a newer version may be laid out otherwise).
  if (n < 5 || (symbols[0]! <= CODE_VERSION && n < shortestCode())) return { ok: false, reason: isKnownVersion(symbols[0]!) ? 'truncated' : 'malformed' };
  const declared = symbols[1]!;
  if (!hasValidChecks(symbols)) {
    if (declared === n % 32 || lengthSymbolMistyped(symbols)) return { ok: false, reason: 'check-digit' };
    // Neither its length nor its version holds: not a code cut short, something else.
    if (!isKnownVersion(symbols[0]!)) return { ok: false, reason: 'malformed' };
    // The length is only known modulo 32: a few characters too many, or (far likelier) some missing.
    return { ok: false, reason: lengthReason(n, declared) };
  }
  // The check symbols hold but the length does not: a code cut short (or lengthened) whose last two
  // symbols happen to check, about 1 time in 1024. Refused as what it most likely is.
  if (declared !== n % 32) return { ok: false, reason: lengthReason(n, declared) };
  const version = symbols[0]!;
  if (version === 0) return { ok: false, reason: 'malformed' };
  if (version > CODE_VERSION) return { ok: false, reason: 'newer-version' };
  // Version 1's two check symbols let some double typos through: never read one, even if it happens to check here.
  if (version < CODE_VERSION) return { ok: false, reason: 'older-version' };
  try {
    const body = symbols.slice(2, -CHECK_SYMBOL_COUNT);
    const parsed = parseBody(new RadixReader(fromSymbols(body)), body.length, version);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const again = reportSymbols(parsed.report, parsed.profileSlot);
    if (again.length !== n || again.some((symbol, i) => symbol !== symbols[i])) return { ok: false, reason: 'malformed' };
    // Whole, but from a profile added after this Listo: only now is that what it is rather than noise.
    if (CODE_PROFILES[parsed.profileSlot] === undefined) return { ok: false, reason: 'unknown-profile' };
    return { ok: true, report: parsed.report };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/**
 * A whole code from version 1 (two check symbols, same frame): its version
 * symbol, its length symbol and its own checks hold. A code of this version
 * with typos passes all three about 1 time in 32 000, and is refused either way.
 */
function isVersion1Code(symbols: readonly number[]): boolean {
  return symbols.length >= 5 && symbols[0] === 1 && symbols[1] === symbols.length % 32 && hasValidVersion1Checks(symbols);
}

/** The length is only known modulo 32: a few characters too many, or (far likelier) some missing. */
function lengthReason(n: number, declared: number): 'too-long' | 'truncated' {
  const extra = ((n % 32) - declared + 32) % 32;
  return extra <= MAX_EXTRA ? 'too-long' : 'truncated';
}

let shortest: number | undefined;

/** The length of the shortest code there can be: every check passed, no facts. */
function shortestCode(): number {
  shortest ??= reportSymbols({
    version: CODE_VERSION,
    profileId: CODE_PROFILES[0],
    language: CODE_LANGUAGES[0],
    platform: CODE_PLATFORMS[0],
    day: null,
    statuses: Object.fromEntries(CODE_CHECKS.map((id) => [id, 'pass'])) as Record<CodeCheckId, RecordedStatus>,
    region: 'inside',
    time: null,
    location: null,
    photo: null,
  }).length;
  return shortest;
}

/**
 * A code whose length symbol disagrees with its length is cut short or has
 * extra characters, unless the length symbol is itself what was mistyped or
 * swapped with a neighbour: then putting it right makes the code whole.
 */
function lengthSymbolMistyped(symbols: readonly number[]): boolean {
  const fixedLength = [symbols[0]!, symbols.length % 32, ...symbols.slice(2)];
  const swapped = (i: number) => symbols.map((symbol, j) => (j === i ? symbols[i + 1]! : j === i + 1 ? symbols[i]! : symbol));
  // Put right, it must read whole: a code cut short passes the check symbols by chance 1 time in 1024, never the rest too.
  return [fixedLength, swapped(0), swapped(1)].some((candidate) => {
    if (!hasValidChecks(candidate)) return false;
    const result = decodeSymbols(candidate);
    return result.ok || result.reason === 'unknown-profile';
  });
}

/**
 * The fields of a body, or null when they do not hold together. A slot no
 * profile has yet is read like any other (a newer Listo lays the rest out
 * the same), with the first profile standing in, so that the caller can
 * check the whole code before calling it a newer profile's.
 */
function parseBody(r: RadixReader, bodyLength: number, version: number): { report: HelperReport; profileSlot: number } | null {
  const profileSlot = r.take(PROFILE_SLOTS);
  const profileId = CODE_PROFILES[profileSlot] ?? CODE_PROFILES[0];
  const language = CODE_LANGUAGES[r.take(CODE_LANGUAGES.length)]!;
  const platform = CODE_PLATFORMS[r.take(CODE_PLATFORMS.length)]!;
  const dayIndex = r.take(DAY_SLOTS);
  const day = dayIndex === 0 ? null : new Date(DAY_EPOCH + dayIndex * DAY_MS).toISOString().slice(0, 10);

  const statuses = {} as Record<CodeCheckId, RecordedStatus>;
  for (const id of CODE_CHECKS) {
    statuses[id] = r.take(2) === 0 ? 'pass' : STATUS_OTHERS[r.take(STATUS_OTHERS.length)]!;
  }

  let time: HelperReport['time'] = null;
  const zoneDigit = r.take(CODE_ZONES.length + 2);
  if (zoneDigit > 0) {
    let zone: string | null;
    if (zoneDigit === ZONE_SPELT) {
      const length = r.take(ZONE_MAX_LENGTH + 1);
      let name = '';
      for (let i = 0; i < length; i++) name += ZONE_CHARS[r.take(ZONE_CHARS.length)]!;
      zone = length === 0 ? null : name;
    } else zone = CODE_ZONES[zoneDigit - 1]!;
    const clockRadix = scaleRadix(CLOCK_SCALE);
    const clockDigit = r.take(2 * clockRadix);
    let clockOffsetSeconds: NonNullable<HelperReport['time']>['clockOffsetSeconds'] = null;
    if (clockDigit > 0) {
      const negative = clockDigit > clockRadix;
      clockOffsetSeconds = { ...dequantise(CLOCK_SCALE, negative ? clockDigit - clockRadix : clockDigit - 1), negative };
    }
    time = { zone, clockOffsetSeconds };
  }

  let location: HelperReport['location'] = null;
  const locationDigit = r.take(1 + CODE_PERMISSIONS.length * CODE_REQUESTS.length);
  if (locationDigit > 0) {
    const permission = CODE_PERMISSIONS[Math.floor((locationDigit - 1) / CODE_REQUESTS.length)]!;
    const request = CODE_REQUESTS[(locationDigit - 1) % CODE_REQUESTS.length]!;
    let position: NonNullable<HelperReport['location']>['position'] = null;
    if (r.take(2) === 1) {
      const accuracy = r.take(1 + scaleRadix(ACCURACY_SCALE));
      const age = r.take(1 + scaleRadix(AGE_SCALE));
      let at: { lat: number; lon: number } | null = null;
      if (r.take(2) === 1) {
        const lat = (r.take(LAT_RADIX) - 90 * POSITION_STEPS_PER_DEGREE) / POSITION_STEPS_PER_DEGREE;
        const lon = (r.take(LON_RADIX) - 180 * POSITION_STEPS_PER_DEGREE) / POSITION_STEPS_PER_DEGREE;
        at = { lat, lon };
      }
      position = {
        accuracyMeters: accuracy === 0 ? null : dequantise(ACCURACY_SCALE, accuracy - 1),
        ageSeconds: age === 0 ? null : dequantise(AGE_SCALE, age - 1),
        at,
      };
    }
    location = { permission, request, position };
  }

  let photo: HelperReport['photo'] = null;
  const formatDigit = r.take(1 + CODE_FORMATS.length);
  if (formatDigit > 0) {
    const flags = r.take(8);
    const width = dequantise(SIDE_SCALE, r.take(scaleRadix(SIDE_SCALE)));
    const height = dequantise(SIDE_SCALE, r.take(scaleRadix(SIDE_SCALE)));
    const bytes = dequantise(BYTES_SCALE, r.take(scaleRadix(BYTES_SCALE)));
    const above = r.take(2) === 1;
    photo = {
      format: CODE_FORMATS[formatDigit - 1]!,
      width,
      height,
      bytes: { ...bytes, above },
      animated: (flags & 1) !== 0,
      hasAlpha: (flags & 2) !== 0,
      decodeError: (flags & 4) !== 0,
    };
  }

  // Every digit accounted for, in as few symbols as the writer would use.
  if (!r.exhausted || symbolsFor(r.capacity) !== bodyLength) return null;
  return {
    report: { version, profileId, language, platform, day, statuses, region: regionOf(statuses['location.region']), time, location, photo },
    profileSlot,
  };
}
