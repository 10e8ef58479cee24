import { IANAZone } from 'luxon';
import type { ZoneOffsetSeries } from '../facts/facts';
import { DAY_MS, JUDGEABLE_FROM, JUDGEABLE_UNTIL, isJudgeable } from './instant';

/**
 * Offsets from the tz database of the runtime that runs this code (the
 * browser's own ICU data in Chrome, the system's in Safari). Offsets are
 * minutes east of UTC, as luxon gives them (−360 for UTC−6).
 */

// isValidZone builds a new Intl.DateTimeFormat on every call: remember the answer.
const zones = new Map<string, IANAZone | null>();

function runtimeZone(zone: string): IANAZone | null {
  // Facts may come from anywhere (a code, a file): a zone name is a short string or no zone at all.
  if (typeof zone !== 'string' || zone === '' || zone.length > 64) return null;
  let found = zones.get(zone);
  if (found === undefined) {
    // Old ICU throws RangeError for zones it lacks (America/Ciudad_Juarez); luxon then reports invalid.
    found = IANAZone.isValidZone(zone) ? IANAZone.create(zone) : null;
    if (zones.size >= 1000) zones.clear(); // made-up names must not grow the memory without end
    zones.set(zone, found);
  }
  return found;
}

/** Offset of a zone at an instant, or null when this runtime does not know the zone or the instant is not judgeable. */
export function runtimeOffset(zone: string, atMs: number): number | null {
  if (!isJudgeable(atMs)) return null;
  const offset = runtimeZone(zone)?.offset(atMs);
  return offset !== undefined && Number.isFinite(offset) ? offset : null;
}

export function isKnownZone(zone: string): boolean {
  return typeof zone === 'string' && zone !== '' && runtimeZone(zone) !== null;
}

/**
 * A zone's offsets over [from, to] as a list of changes: sampled weekly and
 * each change narrowed down to the millisecond, so a few thousand lookups
 * describe years, and two readings of the same rules agree exactly.
 */
export function readZoneSeries(zone: string, from: number, to: number): ZoneOffsetSeries {
  // Only the judgeable part of the window is read: a window into year 275760 would take forever, week by week.
  from = Math.max(from, JUDGEABLE_FROM);
  to = Math.min(to, JUDGEABLE_UNTIL - 1);
  if (!(from <= to)) return { zone, known: isKnownZone(zone), changes: [] };
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
  const changes = Array.isArray(series.changes) ? series.changes : [];
  const first = changes[0];
  if (!series.known || !first || !(atMs >= first.at) || !(atMs <= windowEnd)) return null;
  let offset: unknown = first.offsetMinutes;
  for (const change of changes) {
    if (!(change.at <= atMs)) break;
    offset = change.offsetMinutes;
  }
  // Series can come from another device (a result code): an offset beyond UTC±18 h is no offset at all.
  return typeof offset === 'number' && Number.isFinite(offset) && Math.abs(offset) <= 18 * 60 ? offset : null;
}
