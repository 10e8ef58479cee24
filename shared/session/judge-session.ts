import type { Facts } from '../facts/facts';
import { hasGathered } from '../checks/check';
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
      return { check: id, missing: check.needs.filter((need) => !hasGathered(facts, need)) };
    });
  return { findings, notRun };
}
