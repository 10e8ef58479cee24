import type { Profile } from './profile';
import { defaultTimeRules } from './time-rules';
import { PHOTO_CHECK_IDS, selfiePhotoRules } from './photo-rules';

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
  checks: ['time.clock', 'time.zone', 'time.tzdata', ...PHOTO_CHECK_IDS],
  time: defaultTimeRules,
  photo: selfiePhotoRules,
};
