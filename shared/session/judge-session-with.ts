import type { Facts } from '../facts/facts';
import { hasGathered, type Check, type FactNeed } from '../checks/check';
import { judgeWith } from '../checks/judge-with';
import { checkIdsOf, type CheckId } from '../checks/check-set';
import { profiles, type ProfileId } from '../profiles/index';
import type { Judgement } from './session';

/**
 * Judges a session's facts with the checks handed in, and says which of the
 * profile's checks did not run and for want of what.
 */
export function judgeSessionWith(facts: Facts, profileId: ProfileId, checks: readonly Check<CheckId>[]): Judgement {
  const profile = profiles[profileId];
  const findings = judgeWith(facts, profile, checks);
  const judged = new Set(findings.map((finding) => finding.check));
  const notRun = checkIdsOf(profile)
    .filter((id) => !judged.has(id))
    .map((id) => {
      const check = checks.find((c) => c.id === id)!;
      const missing = check.needs.filter((need) => !hasGathered(facts, need));
      // "photo.pixels" needs a photo first: say the first thing to do.
      const parents = missing.map((need) => need.split('.')[0] as FactNeed).filter((parent) => parent !== undefined && !missing.includes(parent) && !hasGathered(facts, parent));
      return { check: id, missing: [...new Set([...parents, ...missing])] };
    });
  return { findings, notRun };
}
