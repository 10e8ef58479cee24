import type { Profile } from './profile';
import { borrowedFor } from './borrowed';
import { defaultDeviceRules, defaultNetworkRules, defaultStorageRules } from './device-rules';
import { defaultAccuracyRules } from './location-rules';
import { defaultTimeRules } from './time-rules';
import { smartlinkPhotoRules } from './photo-rules';

const V = '2026-12-02';
const APP = 'SmartLINK';

/**
 * SmartLINK, ICE's Alternatives to Detention app run by BI Incorporated:
 * people on conditional release check in on their phone, often weekly, with a
 * selfie matched to their enrolled face, their GPS location and sometimes
 * their voice. Neither ICE nor BI publishes a photo or location
 * specification, so every threshold here is borrowed and says from where.
 * Sources, dates and what they say: docs/sources.md, section "SmartLINK".
 */
export const smartlink: Profile = {
  id: 'smartlink',
  name: 'profile.smartlink.name',
  app: APP,
  asOf: '2026-12-07', // the face-light thresholds were set on the fairness set then (photo-rules.ts)
  status: {
    key: 'profile.smartlink.status',
    state: 'active',
    sources: [
      {
        source:
          'ICE data and TRAC, via The Markup and Documented NY, 2022-06-27: check-ins on the phone, often weekly, with a selfie matched to the enrolled face, GPS location and sometimes voice; over 230,000 users on 2022-06-20',
        verified: V,
        note: 'docs/sources.md, SmartLINK. Press reports of ICE data, not an ICE or BI publication',
      },
      {
        source:
          'Radio Free Asia and In These Times, 2022: selfies that "wouldn\'t deliver", voice not detected, photos not uploading; fear that a missed check-in counts as absconding',
        verified: V,
        note: 'docs/sources.md, SmartLINK. Reported failures, not an official list',
      },
    ],
  },
  // No accepted area is known: SmartLINK records where the person is rather than limiting where they may be.
  skips: ['location.region'],
  time: borrowedFor(defaultTimeRules, APP),
  storage: borrowedFor(defaultStorageRules, APP),
  network: borrowedFor(defaultNetworkRules, APP),
  device: borrowedFor(defaultDeviceRules, APP),
  location: { accuracy: borrowedFor(defaultAccuracyRules, APP), acceptedArea: null },
  photo: smartlinkPhotoRules,
};
