import type { Facts } from '../facts/facts';
import { CHECKS } from '../checks/registry';
import type { ProfileId } from '../profiles/index';
import type { Judgement } from './session';
import { judgeSessionWith } from './judge-session-with';

/** Judges a session's facts with every check, geo data included, and says which checks did not run and why. */
export function judgeSession(facts: Facts, profileId: ProfileId): Judgement {
  return judgeSessionWith(facts, profileId, CHECKS);
}
