/** A whole self-check as the phone gathers it, judged under a profile: the material helper codes are made of. */
import { judge, profiles, type Facts, type PhotoMetadata, type ProfileId } from '../../shared/index';
import type { HelperCodeInput } from '../../shared/report/index';
import { blankMetadata } from '../../shared/photo/blank-metadata';

export const JUDGED_AT = Date.parse('2026-07-15T18:00:00Z');

export function photoMetadata(overrides: Partial<PhotoMetadata> = {}): PhotoMetadata {
  return { ...blankMetadata(640_000, 'jpeg'), width: 1600, height: 1200, ...overrides };
}

/** A phone in Tijuana, everything gathered; the clock 42.3 s ahead, a fresh GPS fix, a phone-sized JPEG. */
export function tijuanaFacts(): Facts {
  return {
    time: { deviceNow: JUDGED_AT + 42_300, referenceNow: JUDGED_AT, referenceUncertaintyMs: 400, zone: 'America/Tijuana' },
    location: {
      permission: 'granted',
      request: 'granted',
      readAt: JUDGED_AT,
      highAccuracy: true,
      position: { lat: 32.5149, lon: -117.0382, accuracy: 30, timestamp: JUDGED_AT - 5000 },
    },
    network: { online: true, effectiveType: '4g', originReachable: true, originRoundTripMs: 80 },
    storage: {
      usageBytes: 2e6,
      quotaBytes: 4e9,
      persisted: true,
      caches: { count: 1, entries: 17, bytes: 300_000 },
      serviceWorker: 'controlled',
      cookies: true,
      localStorage: true,
      indexedDB: true,
    },
    device: {
      source: 'client-hints',
      browser: { name: 'Chrome', version: '131.0' },
      engine: { name: 'chromium', version: '131.0' },
      system: { name: 'Android', version: '14.0' },
      mobile: true,
      cameras: 2,
      languages: ['es-MX'],
      userAgent: 'test',
    },
    photo: { metadata: photoMetadata(), judgedAt: JUDGED_AT },
  };
}

export function selfCheck(facts: Facts, profileId: ProfileId = 'cbp-one', includePosition = false): HelperCodeInput {
  return {
    profileId,
    language: 'es',
    platform: 'android',
    judgedAt: JUDGED_AT,
    findings: judge(facts, profiles[profileId]),
    facts,
    includePosition,
  };
}
