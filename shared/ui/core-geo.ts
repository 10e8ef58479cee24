/** The zone boundaries and the state outlines, loaded by core.ts once a position is known. */
export { GEO_LOOKUPS } from '../geo/geo';
export { areaMapModel } from '../geo/area-map';
export { MEXICO_STATES_SOURCE } from '../geo/mexico-states';
