import type { Position } from '../facts/facts';
import type { AcceptedAreaRules } from '../profiles/profile';
import { MEXICO_STATES } from './mexico-states';

/**
 * An outline map of the accepted area and a position, as plain data (SVG path
 * strings and view boxes), so it is tested without a DOM and drawn by the UI.
 * Projection: longitude scaled by cos 24° (the middle of Mexico), latitude
 * upside down; one unit is about one degree of latitude (111 km).
 */
export interface AreaMapModel {
  /** The whole country (and the position when it lies near). */
  viewBox: [number, number, number, number];
  /** A close-up around the position, or null without one. */
  closeViewBox: [number, number, number, number] | null;
  states: Array<{ code: string; name: string; d: string; alwaysAccepted: boolean }>;
  /** Everything above this y (north of the parallel) is accepted inside Mexico. */
  parallelY: number;
  position: { cx: number; cy: number; r: number } | null;
}

const X_SCALE = Math.cos((24 * Math.PI) / 180);
const METERS_PER_UNIT = 111_320;
const MEXICO_BOX = { west: -118.5, east: -86.5, south: 14.3, north: 32.8 };

const x = (lon: number) => Math.round(lon * X_SCALE * 1000) / 1000;
const y = (lat: number) => Math.round(-lat * 1000) / 1000;

function pathOf(polygons: ReadonlyArray<ReadonlyArray<ReadonlyArray<readonly [number, number]>>>): string {
  return polygons
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([lon, lat]) => `${x(lon)} ${y(lat)}`).join('L')}Z`))
    .join('');
}

let cachedPaths: Array<{ code: string; name: string; d: string }> | null = null;

export function areaMapModel(area: AcceptedAreaRules, position: Position | null | undefined, day: string | null): AreaMapModel {
  cachedPaths ??= MEXICO_STATES.map((state) => ({ code: state.code, name: state.name, d: pathOf(state.polygons) }));
  const alsoApplies = day === null || day >= area.alsoStates.from;
  const box = { ...MEXICO_BOX };
  const hasPosition = position !== null && position !== undefined && Number.isFinite(position.lat) && Number.isFinite(position.lon);
  // A position near Mexico (the US border states, Central America, the Caribbean) widens the view; a far one would shrink Mexico to a dot.
  if (hasPosition && position.lat > 5 && position.lat < 40 && position.lon > -125 && position.lon < -75) {
    box.west = Math.min(box.west, position.lon - 1);
    box.east = Math.max(box.east, position.lon + 1);
    box.south = Math.min(box.south, position.lat - 1);
    box.north = Math.max(box.north, position.lat + 1);
  }
  const viewBox: AreaMapModel['viewBox'] = [x(box.west), y(box.north), x(box.east) - x(box.west), y(box.south) - y(box.north)];
  let closeViewBox: AreaMapModel['closeViewBox'] = null;
  let marker: AreaMapModel['position'] = null;
  if (hasPosition) {
    const r = Math.max(0, Number.isFinite(position.accuracy) ? position.accuracy : 0) / METERS_PER_UNIT;
    marker = { cx: x(position.lon), cy: y(position.lat), r: Math.round(r * 100_000) / 100_000 };
    // Three radii each way, and never less than 15 km: enough to see the border or the parallel nearby.
    const half = Math.max(r * 3, 15_000 / METERS_PER_UNIT);
    closeViewBox = [marker.cx - half, marker.cy - half, half * 2, half * 2];
  }
  return {
    viewBox,
    closeViewBox,
    states: cachedPaths.map((state) => ({ ...state, alwaysAccepted: alsoApplies && area.alsoStates.value.includes(state.code) })),
    parallelY: y(area.northOfLatitude.value),
    position: marker,
  };
}
