import { circleInArea } from './accepted-area';
import type { GeoLookups } from './geo-lookups';
import { MEXICO_STATES } from './mexico-states';
import { zonesNear } from './zones-near';

export const GEO_LOOKUPS: GeoLookups = {
  zonesNear,
  circleInArea,
  stateName: (code) => MEXICO_STATES.find((state) => state.code === code)?.name ?? null,
};
