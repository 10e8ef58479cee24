import type { Profile } from './profile';
import { defaultDeviceRules, defaultNetworkRules, defaultStorageRules } from './device-rules';
import { defaultAccuracyRules } from './location-rules';
import { defaultTimeRules } from './time-rules';
import { selfiePhotoRules } from './photo-rules';

/** Any app that asks for a selfie and a location; thresholds from documented references only (docs/sources.md). */
export const selfieGeneric: Profile = {
  id: 'selfie-generic',
  name: 'profile.selfieGeneric.name',
  app: 'Selfie + location',
  asOf: '2026-12-07', // the face-light thresholds were set on the fairness set then (photo-rules.ts)
  status: {
    key: 'profile.selfieGeneric.status',
    state: 'active',
    sources: [{ source: 'Listo: general readiness for apps that check a selfie, the time and the location', verified: '2026-11-25' }],
  },
  // No accepted area, so no location.region.
  // Apps in general accept any area: there is no area to check.
  skips: ['location.region'],
  time: defaultTimeRules,
  storage: defaultStorageRules,
  network: defaultNetworkRules,
  // No published minimum system version: device.browser says so rather than invent one.
  device: defaultDeviceRules,
  location: { accuracy: defaultAccuracyRules, acceptedArea: null },
  photo: selfiePhotoRules,
};
