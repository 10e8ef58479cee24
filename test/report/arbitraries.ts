/** fast-check generators of what a phone may gather, odd cases included (NaN accuracy, no reference, huge photos, far-off clocks). */
import fc from 'fast-check';
import { LANGUAGES, judge, profiles, type Facts, type LocationFacts, type PhotoFacts, type TimeFacts } from '../../shared/index';
import { CODE_PLATFORMS, CODE_PROFILES, CODE_ZONES } from '../../shared/report/code-layout';
import type { HelperCodeInput } from '../../shared/report/index';
import { photoMetadata } from './self-check';

const NOW = Date.parse('2026-07-15T18:00:00Z');

const zone = fc.oneof(
  fc.constantFrom(...CODE_ZONES),
  fc.constantFrom('Pacific/Chatham', 'Asia/Tokyo', 'Etc/GMT-14', 'America/Argentina/ComodRivadavia', 'not a zone!', ''),
);

/** Offsets a person would meet: exact, seconds, minutes, whole hours give or take, days. */
const clockOffsetMs = fc.oneof(
  fc.integer({ min: -400_000, max: 400_000 }),
  fc.integer({ min: -30, max: 30 }).chain((hours) => fc.integer({ min: -240_000, max: 240_000 }).map((ms) => hours * 3_600_000 + ms)),
  fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }),
);

const time: fc.Arbitrary<TimeFacts> = fc.record({
  offset: clockOffsetMs,
  hasReference: fc.boolean(),
  zone,
}).map(({ offset, hasReference, zone }) => ({ deviceNow: NOW + offset, referenceNow: hasReference ? NOW : null, zone }));

const accuracy = fc.oneof(
  fc.double({ min: 0, max: 600, noNaN: true }),
  fc.double({ min: 0, max: 8000, noNaN: true }),
  fc.integer({ min: 90, max: 2100 }),
  fc.constantFrom(Number.NaN, -1, 100, 100.4, 100.5, 2000, 2000.5, 5000, 5001, 40_000),
);

const location: fc.Arbitrary<LocationFacts> = fc.record({
  permission: fc.constantFrom('granted', 'denied', 'prompt', 'unsupported'),
  request: fc.option(fc.constantFrom('granted', 'denied', 'unavailable', 'timeout', 'unsupported', 'not-asked'), { nil: undefined }),
  position: fc.option(
    fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      accuracy,
      ageMs: fc.option(fc.oneof(fc.integer({ min: -5000, max: 400_000 }), fc.constantFrom(119_499, 120_499, 120_500, 121_000)), { nil: undefined }),
    }),
    { nil: null },
  ),
}).map(({ permission, request, position }) => ({
  permission,
  readAt: NOW,
  ...(request !== undefined ? { request } : {}),
  position: position && {
    lat: position.lat,
    lon: position.lon,
    accuracy: position.accuracy,
    ...(position.ageMs !== undefined ? { timestamp: NOW - position.ageMs } : {}),
  },
}));

const side = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, 299, 300, 2000, 2001, 8191, 8192, 12_000, Number.NaN));
const bytes = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 60_000_000 }), fc.constantFrom(0, 49_999, 50_000, 1_500_000, 1_500_001));

const photo: fc.Arbitrary<PhotoFacts> = fc.record({
  format: fc.constantFrom('jpeg', 'png', 'webp', 'heic', 'gif', 'unknown'),
  width: side,
  height: side,
  bytes,
  animated: fc.boolean(),
  hasAlpha: fc.boolean(),
  decodeError: fc.option(fc.constantFrom('EncodingError', 'over budget'), { nil: undefined }),
}).map(({ decodeError, ...meta }) => ({ metadata: photoMetadata(meta), judgedAt: NOW, ...(decodeError ? { decodeError } : {}) }));

export const facts: fc.Arbitrary<Facts> = fc.record(
  { time, location, photo },
  { requiredKeys: [] },
);

/** A self-check judged as the phone judges it, under a random profile, language and platform. */
export const selfCheckInput: fc.Arbitrary<HelperCodeInput> = fc
  .record({
    facts,
    profileId: fc.constantFrom(...CODE_PROFILES),
    language: fc.constantFrom(...LANGUAGES.map((language) => language.code)),
    platform: fc.constantFrom(...CODE_PLATFORMS),
    judgedAt: fc.oneof(fc.constant(NOW), fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2050, 0, 1) })),
    includePosition: fc.boolean(),
  })
  .map((input) => ({ ...input, findings: judge(input.facts, profiles[input.profileId]) }));
