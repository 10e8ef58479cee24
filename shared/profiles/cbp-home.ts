import type { Profile } from './profile';
import { borrowedFor } from './borrowed';
import { defaultDeviceRules, defaultNetworkRules, defaultStorageRules } from './device-rules';
import { defaultAccuracyRules } from './location-rules';
import { defaultTimeRules } from './time-rules';
import { cbpHomePhotoRules } from './photo-rules';

const V = '2026-12-02';
const APP = 'CBP Home';

/**
 * CBP Home: CBP One relaunched under this name on 2025-03-10 (existing
 * installs updated themselves). Its "Intent to Depart" asks for a clear
 * picture of the person, biographical details and a phone number. CBP
 * publishes no photo specification, so every threshold is borrowed and says
 * from where. Sources, dates and what they say: docs/sources.md, "CBP Home".
 */
export const cbpHome: Profile = {
  id: 'cbp-home',
  name: 'profile.cbpHome.name',
  app: APP,
  asOf: '2026-12-07', // the face-light thresholds were set on the fairness set then (photo-rules.ts)
  status: {
    key: 'profile.cbpHome.status',
    state: 'active',
    sources: [
      {
        source:
          'CBP page as quoted by KESQ, 2025-03-12: "Intent to Depart" asks for a clear picture of the person, biographical details and a phone number; CBP One relaunched as CBP Home on 2025-03-10',
        verified: V,
        note: 'docs/sources.md, CBP Home. No public CBP Home photo specification',
      },
    ],
  },
  // No accepted area: CBP Home asks for no place. Its use of location is not documented, so accuracy is
  // not judged either; the permission stays because the time-zone check needs a position.
  skips: ['location.region', 'location.accuracy'],
  time: borrowedFor(defaultTimeRules, APP),
  storage: borrowedFor(defaultStorageRules, APP),
  network: borrowedFor(defaultNetworkRules, APP),
  device: borrowedFor(defaultDeviceRules, APP),
  location: { accuracy: borrowedFor(defaultAccuracyRules, APP), acceptedArea: null },
  photo: cbpHomePhotoRules,
};
