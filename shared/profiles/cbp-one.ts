import type { Profile } from './profile';
import { borrowedFor } from './borrowed';
import { defaultDeviceRules, defaultNetworkRules, defaultStorageRules } from './device-rules';
import { defaultAccuracyRules } from './location-rules';
import { defaultTimeRules } from './time-rules';
import { cbpOnePhotoRules } from './photo-rules';

/**
 * CBP One, the app people at the US–Mexico border had to use to ask for an
 * appointment. Closed for appointments since 2025-01-20 (the app became CBP
 * Home on 2025-03-10: see cbp-home.ts). Sources, dates and what they say:
 * docs/sources.md, section "CBP One".
 */
export const cbpOne: Profile = {
  id: 'cbp-one',
  name: 'profile.cbpOne.name',
  app: 'CBP One',
  asOf: '2026-12-07', // the face-light thresholds were set on the fairness set then (photo-rules.ts)
  status: {
    // Scheduling ended: keep the checks (the same failures hit CBP Home and other apps) and say so plainly.
    key: 'profile.cbpOne.status',
    state: 'closed',
    closedSince: '2025-01-20',
    sources: [
      {
        source: 'NBC News, 2025-01-20: scheduling functions of CBP One "no longer available, and existing appointments have been cancelled"',
        verified: '2026-11-25',
      },
      {
        source: 'CBP memo to OMB, 2024-08-22 (OMB 1651-0140): accepted area "Central and Northern Mexico, north of the 19th parallel"',
        verified: '2026-11-25',
      },
      {
        source: 'AP; zetatijuana.com, 2024-08: from 2024-08-23 also Chiapas and Tabasco for non-Mexicans',
        verified: '2026-11-25',
        note: 'Press reports, not a CBP publication',
      },
    ],
  },
  skips: [],
  // CBP publishes no clock, storage, network, device or accuracy figure: Listo's defaults, labelled as borrowed.
  time: borrowedFor(defaultTimeRules, 'CBP One'),
  storage: borrowedFor(defaultStorageRules, 'CBP One'),
  network: borrowedFor(defaultNetworkRules, 'CBP One'),
  // No published minimum system version: device.browser says so rather than invent one.
  device: borrowedFor(defaultDeviceRules, 'CBP One'),
  location: {
    accuracy: borrowedFor(defaultAccuracyRules, 'CBP One'),
    acceptedArea: {
      name: 'area.cbpOne',
      northOfLatitude: {
        value: 19,
        source: 'CBP memo to OMB, 2024-08-22 (OMB 1651-0140): "Central and Northern Mexico, north of the 19th parallel"',
        verified: '2026-11-25',
      },
      alsoStates: {
        value: ['MX-CHP', 'MX-TAB'],
        from: '2024-08-23',
        source: 'AP; zetatijuana.com, 2024-08: from 2024-08-23 also Chiapas and Tabasco for non-Mexicans',
        verified: '2026-11-25',
        note: 'Press reports, not a CBP publication',
      },
      notes: [
        {
          key: 'location.region.note.mexicanNationals',
          source: 'AP; zetatijuana.com, 2024-08: Mexican nationals could ask from anywhere in Mexico',
          verified: '2026-11-25',
          note: 'Press reports, not a CBP publication',
        },
      ],
    },
  },
  photo: cbpOnePhotoRules,
};
