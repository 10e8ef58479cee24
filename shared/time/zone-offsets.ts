import { IANAZone } from 'luxon';
import type { ZoneOffsetSeries } from '../facts/facts';
import { DAY_MS } from './instant';

/**
 * Offsets from the tz database of the runtime that runs this code (the
 * browser's own ICU data in Chrome, the system's in Safari). Offsets are
 * minutes east of UTC, as luxon gives them (−360 for UTC−6).
 */

// isValidZone builds a new Intl.DateTimeFormat on every call: remember the answer.
const zones = new Map<string, IANAZone | null>();

function runtimeZone(zone: string): IANAZone | null {
  let found = zones.get(zone);
  if (found === undefined) {
    // Old ICU throws RangeError for zones it lacks (America/Ciudad_Juarez); luxon then reports invalid.
    found = IANAZone.isValidZone(zone) ? IANAZone.create(zone) : null;
    zones.set(zone, found);
  }
  return found;
}

/** Offset of a zone at an instant, or null when this runtime does not know the zone. */
export function runtimeOffset(zone: string, atMs: number): number | null {
  const offset = runtimeZone(zone)?.offset(atMs);
  return offset !== undefined && Number.isFinite(offset) ? offset : null;
}

export function isKnownZone(zone: string): boolean {
  return runtimeZone(zone) !== null;
}

/**
 * A zone's offsets over [from, to] as a list of changes: sampled weekly and
 * each change narrowed down to the millisecond, so a few thousand lookups
 * describe years, and two readings of the same rules agree exactly.
 */
export function readZoneSeries(zone: string, from: number, to: number): ZoneOffsetSeries {
  const first = runtimeOffset(zone, from);
  if (first === null) return { zone, known: false, changes: [] };
  const changes = [{ at: from, offsetMinutes: first }];
  const step = 7 * DAY_MS;
  let t = from;
  let offset = first;
  while (t < to) {
    const next = Math.min(t + step, to);
    const nextOffset = runtimeOffset(zone, next) ?? offset;
    if (nextOffset !== offset) {
      // Narrow down within the week: the changes of a real zone are months apart.
      let lo = t;
      let hi = next;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if ((runtimeOffset(zone, mid) ?? offset) === offset) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, offsetMinutes: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return { zone, known: true, changes };
}

/** The offset a series gives at an instant; null when the instant is outside it or the zone is unknown. */
export function seriesOffset(series: ZoneOffsetSeries, atMs: number, windowEnd: number): number | null {
  const first = series.changes[0];
  if (!series.known || !first || atMs < first.at || atMs > windowEnd) return null;
  let offset = first.offsetMinutes;
  for (const change of series.changes) {
    if (change.at > atMs) break;
    offset = change.offsetMinutes;
  }
  return offset;
}
