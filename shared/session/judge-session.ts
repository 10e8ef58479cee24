import type { Facts } from '../facts/facts';
import { hasGathered, type FactNeed } from '../checks/check';
import { judge } from '../checks/judge';
import { CHECKS, checkIdsOf } from '../checks/registry';
import { profiles, type ProfileId } from '../profiles/index';
import type { Judgement } from './session';

/** Judges a session's facts, and says which of the profile's checks did not run and for want of what. */
export function judgeSession(facts: Facts, profileId: ProfileId): Judgement {
  const profile = profiles[profileId];
  const findings = judge(facts, profile);
  const judged = new Set(findings.map((finding) => finding.check));
  const notRun = checkIdsOf(profile)
    .filter((id) => !judged.has(id))
    .map((id) => {
      const check = CHECKS.find((c) => c.id === id)!;
      const missing = check.needs.filter((need) => !hasGathered(facts, need));
      // "photo.pixels" needs a photo first: say the first thing to do.
      const parents = missing.map((need) => need.split('.')[0] as FactNeed).filter((parent) => parent !== undefined && !missing.includes(parent) && !hasGathered(facts, parent));
      return { check: id, missing: [...new Set([...parents, ...missing])] };
    });
  return { findings, notRun };
}
