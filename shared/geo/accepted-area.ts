import { destination } from './zones-near';
import { stateAt } from './mexico-states';

/** An accepted area as the region check uses it: plain values, taken from a profile's sourced rules. */
export interface AreaRule {
  /** Mexico north of this latitude (degrees) is accepted. */
  northOfLatitude: number;
  /** These states (ISO 3166-2) are accepted wherever they lie... */
  alsoStates: readonly string[];
  /** ...from this ISO date on (null: always). */
  alsoStatesFrom: string | null;
}

export interface PlaceVerdict {
  inside: boolean;
  state: string | null;
}

/** Whether one point is inside the area on a given day (ISO date, for rules that began on a date). */
export function placeInArea(area: AreaRule, lat: number, lon: number, day: string | null): PlaceVerdict {
  const state = stateAt(lat, lon);
  if (!state) return { inside: false, state };
  const extraApplies = area.alsoStatesFrom === null || day === null || day >= area.alsoStatesFrom;
  return { inside: lat >= area.northOfLatitude || (extraApplies && area.alsoStates.includes(state)), state };
}

export type CircleVerdict = 'inside' | 'edge' | 'outside';

const BEARINGS = 36;
const RING_FRACTIONS = [0.25, 0.5, 0.75, 1];

/**
 * Where the circle of a position's accuracy lies against the area: wholly
 * inside, crossed by the boundary, or wholly outside. The circle is sampled
 * (its centre and 144 points on four rings); where it meets the 19th
 * parallel the crossing is also tested exactly, so a circle that only grazes
 * the line is not missed between samples.
 */
export function circleInArea(
  area: AreaRule,
  lat: number,
  lon: number,
  radiusM: number,
  day: string | null,
): { verdict: CircleVerdict; centre: PlaceVerdict; insideShare: number } {
  const centre = placeInArea(area, lat, lon, day);
  const radius = Number.isFinite(radiusM) && radiusM > 0 ? radiusM : 0;
  const samples: PlaceVerdict[] = [centre];
  if (radius > 0) {
    for (const fraction of RING_FRACTIONS)
      for (let i = 0; i < BEARINGS; i++) {
        const [pLat, pLon] = destination(lat, lon, (360 / BEARINGS) * i, radius * fraction);
        samples.push(placeInArea(area, pLat, pLon, day));
      }
    // The parallel itself: the points of the circle nearest the line, north and south.
    const [northLat] = destination(lat, lon, 0, radius);
    const [southLat] = destination(lat, lon, 180, radius);
    if (northLat >= area.northOfLatitude && southLat < area.northOfLatitude) {
      samples.push(placeInArea(area, area.northOfLatitude, lon, day), placeInArea(area, area.northOfLatitude - 1e-6, lon, day));
    }
  }
  const inside = samples.filter((s) => s.inside).length;
  const verdict: CircleVerdict = inside === samples.length ? 'inside' : inside === 0 ? 'outside' : 'edge';
  return { verdict, centre, insideShare: Math.round((inside / samples.length) * 100) / 100 };
}
