import tzlookup from '@photostructure/tz-lookup';

const EARTH_RADIUS_M = 6_371_008.8;
const BEARINGS = 12;

/** The time zone at a point, or null for coordinates the lookup refuses. */
export function zoneAt(lat: number, lon: number): string | null {
  try {
    return tzlookup(lat, lon);
  } catch {
    return null;
  }
}

/**
 * Every zone found at the position and on rings around it up to `radiusM`.
 * Boundary data is imperfect near zone edges, so a check accepts any of these
 * before calling a device wrong. The zone at the centre comes first.
 */
export function zonesNear(lat: number, lon: number, radiusM: number): string[] {
  const zones = new Set<string>();
  const centre = zoneAt(lat, lon);
  if (centre) zones.add(centre);
  for (const fraction of [0.5, 1]) {
    for (let i = 0; i < BEARINGS; i++) {
      const [pLat, pLon] = destination(lat, lon, (360 / BEARINGS) * i, radiusM * fraction);
      const zone = zoneAt(pLat, pLon);
      if (zone) zones.add(zone);
    }
  }
  return [...zones];
}

/** The point reached by going `distanceM` from a start along a bearing (spherical Earth). */
export function destination(lat: number, lon: number, bearingDeg: number, distanceM: number): [number, number] {
  const toRad = Math.PI / 180;
  const delta = distanceM / EARTH_RADIUS_M;
  const theta = bearingDeg * toRad;
  const phi1 = lat * toRad;
  const lambda1 = lon * toRad;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
  const lambda2 =
    lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
  const lon2 = ((((lambda2 / toRad + 540) % 360) + 360) % 360) - 180;
  return [phi2 / toRad, lon2];
}
