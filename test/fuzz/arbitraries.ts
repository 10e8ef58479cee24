import fc from 'fast-check';
import type { Facts, TzdataFacts, ZoneOffsetSeries } from '../../shared/index';
import type { PhotoMetadata } from '../../shared/photo/metadata';

/**
 * Garbage facts: what a broken, spoofed or hand-set phone can report, and
 * what a crafted result code can carry. The types hold (a number is a
 * number), the values are anything: NaN, ±Infinity, negative accuracy,
 * latitude 999, made-up zones, dates from year −10,000 to +10,000, huge
 * strings.
 */

const YEAR_MS = 31_556_952_000;
const weirdNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, -0, 1e308, -1e308, 8.64e15, -8.64e15, 8.64e15 + 1, Number.MAX_SAFE_INTEGER, 5e-324);
const number = fc.oneof(fc.double(), fc.integer(), weirdNumber);
const instantMs = fc.oneof(
  fc.integer({ min: Math.round(-12_000 * YEAR_MS), max: Math.round(8030 * YEAR_MS) }), // years −10,000 to +10,000
  fc.integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2101, 0, 1) }), // around the judgeable range, often
  fc.constantFrom(0, Date.UTC(1900, 0, 1), Date.UTC(3000, 0, 1), Date.UTC(2026, 6, 15, 18), Date.UTC(2100, 0, 1) - 1, Date.UTC(2000, 0, 1)),
  weirdNumber,
);
// No "N", "u", "I", "{" in made-up text: then any "NaN", "undefined", "Infinity" or "{x}" shown came from the code, not the input.
const garbageText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcxyz/_-+:. 0123456789éñ<>&"\'\u0000\u202e😀'), maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'x'.repeat(200_000), '<img src=x onerror=alert(1)>'),
);
const zone = fc.oneof(
  fc.constantFrom(
    'America/Mexico_City', 'America/Tijuana', 'America/Ciudad_Juarez', 'America/Ojinaga', 'America/Chicago', 'America/Cancun',
    'America/Hermosillo', 'Mexico/BajaNorte', 'Etc/GMT+6', 'Etc/GMT-14', 'UTC', 'Asia/Calcutta', 'Europe/Kiev', 'America/Guatemala',
    'Not/A_Zone', 'america/mexico_city', 'Etc/GMT+99', '',
  ),
  garbageText,
);
const instant = fc.oneof(instantMs, instantMs.map((ms) => new Date(ms)), instantMs.map((ms) => (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms))), garbageText);
const latitude = fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(999, -999, 90, -90, 91), number);
const longitude = fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(999, -180, 180, 181, 540), number);
// Where people use Listo, so that the zone and area checks get past "not on Earth" often.
const nearBorder = fc.record({ lat: fc.double({ min: 14, max: 33, noNaN: true }), lon: fc.double({ min: -118, max: -86, noNaN: true }) });
const position = fc.oneof(
  fc.record({ lat: latitude, lon: longitude, accuracy: number, timestamp: fc.option(instantMs, { nil: undefined }) }, { requiredKeys: ['lat', 'lon', 'accuracy'] }),
  fc.tuple(nearBorder, fc.oneof(fc.double({ min: 0, max: 100_000, noNaN: true }), number)).map(([p, accuracy]) => ({ ...p, accuracy })),
);

const series: fc.Arbitrary<ZoneOffsetSeries> = fc.record({
  zone,
  known: fc.boolean(),
  changes: fc.array(fc.record({ at: instantMs, offsetMinutes: fc.oneof(fc.integer({ min: -900, max: 900 }), number) }), { maxLength: 6 }),
});
const tzdata: fc.Arbitrary<TzdataFacts> = fc.record(
  { readAt: instantMs, from: instantMs, to: instantMs, deviceZone: zone, reportedVersion: garbageText, series: fc.array(series, { maxLength: 5 }) },
  { requiredKeys: ['readAt', 'from', 'to', 'deviceZone', 'series'] },
);

const time = fc.record(
  {
    deviceNow: instant,
    referenceNow: fc.option(instant, { nil: undefined }),
    referenceUncertaintyMs: number,
    referenceSource: garbageText,
    zone,
    offsetMinutes: number,
    tzdata,
  },
  { requiredKeys: ['deviceNow', 'zone'] },
);
const permission = fc.constantFrom('granted', 'denied', 'prompt', 'unsupported') as fc.Arbitrary<'granted' | 'denied' | 'prompt' | 'unsupported'>;
const location = fc.record(
  {
    permission,
    position: fc.option(position, { nil: null }),
    permissionHint: permission,
    request: fc.constantFrom('granted', 'denied', 'unavailable', 'timeout', 'unsupported', 'not-asked') as fc.Arbitrary<'granted' | 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'not-asked'>,
    highAccuracy: fc.boolean(),
    readAt: instantMs,
    secureContext: fc.boolean(),
  },
  { requiredKeys: ['permission'] },
);
const nullableNumber = fc.option(number, { nil: null });
const storage = fc.record({
  usageBytes: nullableNumber,
  quotaBytes: nullableNumber,
  persisted: fc.option(fc.boolean(), { nil: null }),
  caches: fc.option(fc.record({ count: number, entries: number, bytes: nullableNumber }), { nil: null }),
  serviceWorker: fc.constantFrom('controlled', 'registered', 'none', 'unsupported') as fc.Arbitrary<'controlled' | 'registered' | 'none' | 'unsupported'>,
  cookies: fc.option(fc.boolean(), { nil: null }),
  localStorage: fc.option(fc.boolean(), { nil: null }),
  indexedDB: fc.option(fc.boolean(), { nil: null }),
});
const network = fc.record(
  { online: fc.option(fc.boolean(), { nil: null }), effectiveType: fc.option(garbageText, { nil: null }), saveData: fc.option(fc.boolean(), { nil: null }), downlinkMbps: nullableNumber, rttMs: nullableNumber, originReachable: fc.option(fc.boolean(), { nil: null }), originRoundTripMs: nullableNumber },
  { requiredKeys: ['online', 'originReachable'] },
);
const nameVersion = fc.option(fc.record({ name: garbageText, version: garbageText }), { nil: null });
const device = fc.record({
  source: fc.constantFrom('client-hints', 'user-agent') as fc.Arbitrary<'client-hints' | 'user-agent'>,
  browser: nameVersion,
  engine: fc.option(fc.record({ name: fc.constantFrom('chromium', 'webkit', 'gecko') as fc.Arbitrary<'chromium' | 'webkit' | 'gecko'>, version: garbageText }), { nil: null }),
  system: fc.option(fc.record({ name: garbageText, version: fc.option(garbageText, { nil: null }) }), { nil: null }),
  mobile: fc.option(fc.boolean(), { nil: null }),
  cameras: nullableNumber,
  languages: fc.array(garbageText, { maxLength: 3 }),
  userAgent: garbageText,
});
const metadata: fc.Arbitrary<PhotoMetadata> = fc.record({
  format: fc.constantFrom('jpeg', 'png', 'webp', 'heic', 'gif', 'unknown') as fc.Arbitrary<PhotoMetadata['format']>,
  width: number,
  height: number,
  bytes: number,
  orientation: fc.oneof(fc.integer({ min: 0, max: 9 }), number),
  orientationTagged: fc.boolean(),
  capturedAt: fc.option(fc.oneof(garbageText, fc.constantFrom('2026:07:15 11:03:31', '0000:00:00 00:00:00', '9999:99:99 99:99:99', '2026:02:30 25:61:61')), { nil: null }),
  offsetTime: fc.option(fc.oneof(garbageText, fc.constantFrom('-06:00', '+14:00', '+99:99', '-00:00')), { nil: null }),
  hasGps: fc.boolean(),
  gps: fc.option(fc.record({ lat: latitude, lon: longitude }), { nil: null }),
  make: fc.option(garbageText, { nil: null }),
  model: fc.option(garbageText, { nil: null }),
  software: fc.option(garbageText, { nil: null }),
  animated: fc.boolean(),
  hasAlpha: fc.boolean(),
});
const pixels = fc.record({
  analysisWidth: number, analysisHeight: number, meanLuminance: number, luminanceVariance: number, underExposedShare: number,
  overExposedShare: number, entropyBits: number, laplacianVariance: number, centreMeanLuminance: number, surroundMeanLuminance: number,
  meanRgb: number, transparentShare: number, histogram: fc.array(number, { maxLength: 4 }), faceRegion: fc.constant('central-ellipse-proxy' as const),
});
const photo = fc.record(
  { metadata, pixels: fc.option(pixels, { nil: null }), decodeError: fc.option(garbageText, { nil: null }), judgedAt: instant },
  { requiredKeys: ['metadata'] },
);

export const facts: fc.Arbitrary<Facts> = fc.record({ time, location, storage, network, device, photo }, { requiredKeys: [] });
/** Time with a position near the border, the combination that once ran long. */
export const timeWithPosition: fc.Arbitrary<Facts> = fc.record({
  time,
  location: fc.record({ permission: fc.constant('granted' as const), position: fc.tuple(nearBorder, fc.double({ min: 0, max: 50_000, noNaN: true })).map(([p, accuracy]) => ({ ...p, accuracy })) }),
});

