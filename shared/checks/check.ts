import type { Facts } from '../facts/facts';
import type { Profile } from '../profiles/profile';
import type { Finding } from './finding';

/**
 * One check: a pure function of facts and a profile. It is run only when the
 * facts it judges were gathered (`appliesTo`), so judging a photo alone does
 * not produce time findings.
 */
export interface Check {
  id: string;
  appliesTo(facts: Facts): boolean;
  judge(facts: Facts, profile: Profile): Finding;
}
