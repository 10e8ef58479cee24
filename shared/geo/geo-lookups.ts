import type { AreaRule, circleInArea } from './accepted-area';

/**
 * The lookups that need the zone boundaries and the state outlines (about
 * 40 KiB gz). The checks that use them take them as an argument, so judging
 * time alone does not download them: they load once a position is known.
 */
export interface GeoLookups {
  /** The zones within radiusM of a point, the zone at the point first. */
  zonesNear(lat: number, lon: number, radiusM: number): string[];
  circleInArea(area: AreaRule, lat: number, lon: number, accuracyM: number, day: string | null): ReturnType<typeof circleInArea>;
  /** A state's name from its code; null for no state or an unknown code. */
  stateName(code: string | null): string | null;
}

/** A fact source's facts hold a position: only then does judging need the geo lookups. */
export function needsGeo(facts: { location?: { position?: unknown } }): boolean {
  return facts.location?.position !== undefined && facts.location.position !== null;
}

/** What a geo check does when handed a position without the lookups: a caller's mistake, shown as an unknown finding. */
export function geoRequired(geo: GeoLookups | null): GeoLookups {
  if (!geo) throw new Error('geo lookups not loaded');
  return geo;
}
