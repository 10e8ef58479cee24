/**
 * What the shells load after the first screen: judging and the probes. Not
 * shared/index.ts, which also carries every message catalogue for tests and
 * tools; a phone loads only the language it shows (i18n/load-translator.ts).
 * Nor the zone boundaries and state outlines: those load (core-geo.ts) only
 * for facts that hold a position, so the Time step's finding does not wait
 * for them.
 */
import type { Check } from '../checks/check';
import { checksWith, type CheckId } from '../checks/check-set';
import type { Facts } from '../facts/facts';
import { needsGeo } from '../geo/geo-lookups';
import type { ProfileId } from '../profiles/index';
import { judgeSessionWith } from '../session/judge-session-with';
import type { Judgement } from '../session/session';
import { loadOnce } from './load-once';

import { judgeWith } from '../checks/judge-with';
import type { Finding } from '../checks/finding';
import type { Profile } from '../profiles/profile';

export { judgeWith };
export { profiles } from '../profiles/index';
export { readTzdataFacts } from '../probes/tzdata-probe';
export { readTimeFacts } from '../probes/time-probe';
export { readPosition, readLocationHint } from '../probes/location-probe';
export { readStorageFacts, browserStoragePlatform } from '../probes/storage-probe';
export { readNetworkFacts, browserNetworkPlatform } from '../probes/network-probe';
export { readDeviceFacts, browserDevicePlatform } from '../probes/device-probe';

type Checks = readonly Check<CheckId>[];

export const loadGeo = () => import('./core-geo');

/** The checks for facts without a position; the geo checks among them throw if handed one. */
export const checksWithoutGeo: Checks = checksWith(null);
/** Judging facts that hold no position (a photo alone), synchronously. */
export function judgeWithoutGeo(facts: Facts, profile: Profile): Finding[] {
  return judgeWith(facts, profile, checksWithoutGeo);
}

// A failed download of the geo data is tried again with the next facts that need it.
const checksWithGeo = loadOnce(() => loadGeo().then((geo) => checksWith(geo.GEO_LOOKUPS)));

/** The checks these facts need: the geo data is fetched only when they hold a position. */
export function checksFor(facts: Facts): Promise<Checks> {
  if (!needsGeo(facts)) return Promise.resolve(checksWithoutGeo);
  return checksWithGeo.load();
}

export async function judgeSession(facts: Facts, profileId: ProfileId): Promise<Judgement> {
  return judgeSessionWith(facts, profileId, await checksFor(facts));
}
