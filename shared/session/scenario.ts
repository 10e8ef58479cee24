import type { Facts } from '../facts/facts';
import type { Platform } from '../fixes/fix-library';
import type { ProfileId } from '../profiles/index';

/** A recorded phone for trainer mode: what it said, judged by the same judge. Title and description are catalogue keys scenario.<id>.title/.description. */
export interface Scenario {
  id: string;
  profileId: ProfileId;
  platform: Platform;
  facts: Facts;
  /** File name of a sample photo made for the purpose (shared/scenarios/photos/). */
  photo?: string;
}
