import type { TimeRules } from './profile';

const LISTO_DEFAULT = 'Listo default (issue #2): no app publishes a clock tolerance';

/** Clock and zone rules no app publishes; shared by every profile until one does. */
export const defaultTimeRules: TimeRules = {
  clock: {
    passBelowSeconds: {
      value: 60,
      source: `${LISTO_DEFAULT}; time.curby.net shows red from 60 s`,
      verified: '2026-11-25',
    },
    failFromSeconds: {
      value: 300,
      source: `${LISTO_DEFAULT}; one-time codes and appointment windows are minutes wide`,
      verified: '2026-11-25',
    },
    wholeHourToleranceSeconds: {
      value: 180,
      source: 'Listo default: a clock set by hand to the right local hour under a wrong zone is off by whole hours give or take a few minutes',
      verified: '2026-11-25',
    },
  },
  zone: {
    edgeToleranceMeters: {
      value: 5000,
      source: 'Listo default (issue #2): time-zone boundary data is imperfect near edges (docs/sources.md, Time: @photostructure/tz-lookup, ~5 % of random Mexican points)',
      verified: '2026-11-25',
    },
    lookAheadDays: {
      value: 365,
      source: 'Listo default (issue #2; DESIGN.md: compare offsets now and over the next 12 months)',
      verified: '2026-11-25',
    },
  },
};
