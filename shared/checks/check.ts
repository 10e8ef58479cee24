import type { Facts } from '../facts/facts';
import type { Profile } from '../profiles/profile';
import type { Finding, Verdict } from './finding';

/**
 * The facts a check judges. A check runs only when all of them were gathered,
 * so judging a photo alone gives no time findings; and a check that did not
 * run can say what it was waiting for (the summary names it).
 */
export type FactNeed = keyof Facts | 'time.tzdata' | 'photo.pixels' | 'photo.face';

const gathered: Record<FactNeed, (facts: Facts) => boolean> = {
  time: (facts) => facts.time !== undefined,
  'time.tzdata': (facts) => facts.time?.tzdata !== undefined,
  location: (facts) => facts.location !== undefined,
  storage: (facts) => facts.storage !== undefined,
  network: (facts) => facts.network !== undefined,
  device: (facts) => facts.device !== undefined,
  photo: (facts) => facts.photo !== undefined,
  'photo.pixels': (facts) => facts.photo?.pixels !== undefined && facts.photo?.pixels !== null,
  'photo.face': (facts) => facts.photo?.face !== undefined && facts.photo?.face !== null,
};

export function hasGathered(facts: Facts, need: FactNeed): boolean {
  return gathered[need](facts);
}

/** One check: a pure function of facts and a profile, with its id written once. */
export interface Check<Id extends string = string> {
  id: Id;
  needs: readonly FactNeed[];
  appliesTo(facts: Facts): boolean;
  judge(facts: Facts, profile: Profile): Finding<Id>;
}

export interface CheckDefinition<Id extends string> {
  id: Id;
  needs: readonly FactNeed[];
  /** The verdict; the finding's check id is added from `id`. */
  judge(facts: Facts, profile: Profile): Verdict;
}

export function defineCheck<const Id extends string>(definition: CheckDefinition<Id>): Check<Id> {
  return {
    id: definition.id,
    needs: definition.needs,
    appliesTo: (facts) => definition.needs.every((need) => hasGathered(facts, need)),
    judge: (facts, profile) => ({ check: definition.id, ...definition.judge(facts, profile) }),
  };
}
