/** A ring of [lon, lat] points, as GeoJSON writes it. */
export type Ring = Array<[number, number]>;

/**
 * Outlines ship packed: each ring is one flat list of whole thousandths of a
 * degree, the first point as it is and every later one as its step from the
 * one before. Steps along a border are small numbers that repeat, so the
 * packed outlines gzip to about half of the plain GeoJSON (issue 21: every
 * KiB counts on the first visit). A thousandth of a degree is about 110 m,
 * well inside the few kilometres the simplified outlines already give away.
 */
export const PACKED_STEP = 1000;

export function packRing(ring: Ring): number[] {
  const packed: number[] = [];
  let lastLon = 0;
  let lastLat = 0;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * PACKED_STEP);
    const y = Math.round(lat * PACKED_STEP);
    packed.push(x - lastLon, y - lastLat);
    lastLon = x;
    lastLat = y;
  }
  return packed;
}

export function unpackRing(packed: readonly number[]): Ring {
  const ring: Ring = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < packed.length; i += 2) {
    x += packed[i]!;
    y += packed[i + 1]!;
    ring.push([x / PACKED_STEP, y / PACKED_STEP]);
  }
  return ring;
}
