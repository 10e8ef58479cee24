import type { Facts } from '../facts/facts';
import { saneFacts } from './sane-facts';
import type { Profile } from '../profiles/profile';
import type { Check } from './check';
import type { Finding } from './finding';
import { checkIdsOf, type CheckId } from './check-set';

/**
 * Runs the profile's checks, in the registry's order, on the facts that were
 * gathered. A check that throws gives an `unknown` finding rather than
 * hiding every other result. The checks are handed in, so the app can judge
 * time before the geo data has loaded (check-set.ts).
 */
export function judgeWith(input: Facts, profile: Profile, checks: readonly Check<CheckId>[]): Finding[] {
  // Facts may come from a code or a file: impossible numbers become "not known" before any check sees them.
  const facts = saneFacts(input);
  const byId = new Map(checks.map((check) => [check.id, check]));
  return checkIdsOf(profile).flatMap((id): Finding[] => {
    const check = byId.get(id);
    if (!check || !check.appliesTo(facts)) return [];
    try {
      return [check.judge(facts, profile)];
    } catch (error) {
      return [
        {
          check: id,
          status: 'unknown',
          message: { key: 'check.failed' },
          evidence: { error: error instanceof Error ? error.message : String(error) },
          fixes: [],
        },
      ];
    }
  });
}
