import { GEO_LOOKUPS } from '../geo/geo';
import { checksWith } from './check-set';

export { CHECK_IDS, checkIdsOf, checksWith, isCheckId, type CheckId } from './check-set';

/** Every check Listo has, with the geo data bundled in (tests, tools, the console). */
export const CHECKS = checksWith(GEO_LOOKUPS);
