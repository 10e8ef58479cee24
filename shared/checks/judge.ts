import type { Facts } from '../facts/facts';
import type { Profile } from '../profiles/profile';
import type { Check } from './check';
import type { Finding } from './finding';
import { judgeWith } from './judge-with';
import { CHECKS, type CheckId } from './registry';

/** Runs the profile's checks on the facts that were gathered; every check, geo data included, by default. */
export function judge(input: Facts, profile: Profile, checks: readonly Check<CheckId>[] = CHECKS): Finding[] {
  return judgeWith(input, profile, checks);
}
