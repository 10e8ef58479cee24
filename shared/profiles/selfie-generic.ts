import type { Profile } from './profile';
import { defaultAccuracyRules } from './location-rules';
import { defaultTimeRules } from './time-rules';

/** Any app that asks for a selfie and a location; thresholds from documented references only. */
export const selfieGeneric: Profile = {
  id: 'selfie-generic',
  name: 'profile.selfieGeneric.name',
  app: 'Selfie + location',
  asOf: '2026-11-25',
  status: {
    key: 'profile.selfieGeneric.status',
    sources: [{ source: 'Listo: general readiness for apps that check a selfie, the time and the location', verified: '2026-11-25' }],
  },
  // No accepted area, so no location.region.
  checks: ['location.permission', 'location.accuracy', 'time.clock', 'time.zone', 'time.tzdata'],
  time: defaultTimeRules,
  location: { accuracy: defaultAccuracyRules, acceptedArea: null },
};
