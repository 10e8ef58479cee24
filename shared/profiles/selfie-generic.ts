import type { Profile } from './profile';
import { defaultDeviceRules, defaultNetworkRules, defaultStorageRules } from './device-rules';
import { defaultAccuracyRules } from './location-rules';
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
  // No accepted area, so no location.region.
  checks: ['location.permission', 'location.accuracy', 'time.clock', 'time.zone', 'time.tzdata', 'network.connection', 'storage.quota', 'storage.site-data', 'storage.cache', 'device.browser', 'device.camera', ...PHOTO_CHECK_IDS],
  time: defaultTimeRules,
  storage: defaultStorageRules,
  network: defaultNetworkRules,
  // No published minimum system version: device.browser says so rather than invent one.
  device: defaultDeviceRules,
  location: { accuracy: defaultAccuracyRules, acceptedArea: null },
  photo: selfiePhotoRules,
};
