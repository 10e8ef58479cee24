import type { AccuracyRules } from './profile';

/** Accuracy rules no app publishes; shared by every profile until one does. */
export const defaultAccuracyRules: AccuracyRules = {
  passUpToMeters: {
    value: 100,
    source: 'Listo default (issue #4): a GPS fix outdoors is within tens of metres; no app publishes a limit',
    verified: '2026-11-25',
  },
  warnUpToMeters: {
    value: 2000,
    source: 'docs/sources.md, Borrowed references: approximate location on Android 12+ and iOS 14+ is about 1.6–3 km (issue #4: warn up to 2 km)',
    verified: '2026-11-25',
    note: 'Approximate location has no web flag; the clue is a large accuracy radius (docs/pitfalls.md, Location)',
  },
  staleAfterSeconds: {
    value: 120,
    source: 'Listo default (issue #4): the probe accepts a cached position up to 60 s old; older ones are said',
    verified: '2026-11-25',
  },
};
