import type { TimeFacts, ZoneOffsetSeries } from '../facts/facts';
import { JUDGEABLE_FROM, JUDGEABLE_UNTIL, isJudgeable } from './instant';
import { mexicoZoneTruth } from './mexico-zones';
import type { OffsetSource } from './offset-mismatch';
import { readZoneSeries, seriesOffset } from './zone-offsets';

export type { OffsetSource } from './offset-mismatch';

const YEAR_MS = 366 * 86_400_000;
// A zone's changes per calendar year, read once: judging compares the same few zones many times.
const yearSeries = new Map<string, ZoneOffsetSeries>();

function runtimeYear(zone: string, atMs: number): { series: ZoneOffsetSeries; end: number } {
  const year = new Date(atMs).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const key = `${zone}@${year}`;
  let series = yearSeries.get(key);
  if (!series) {
    series = readZoneSeries(zone, start, end);
    if (yearSeries.size >= 2000) yearSeries.clear(); // facts with made-up zones and years must not grow it without end
    yearSeries.set(key, series);
  }
  return { series, end };
}

/** The runtime's tz database (the browser's own ICU in Chrome, the system's in Safari). */
function fromRuntime(zone: string): OffsetSource {
  return {
    at: (t) => {
      if (!isJudgeable(t)) return null;
      const { series, end } = runtimeYear(zone, t);
      return seriesOffset(series, t, end);
    },
    changesBetween: (from, to) => {
      const changes: number[] = [];
      // Half a year at a time: only over the judgeable range, so the walk is at most a few hundred steps.
      from = Math.max(from, JUDGEABLE_FROM - 1);
      to = Math.min(to, JUDGEABLE_UNTIL - 1);
      for (let t = from; t < to + YEAR_MS; t += YEAR_MS / 2) {
        for (const change of runtimeYear(zone, Math.min(t, to)).series.changes.slice(1)) {
          if (change.at > from && change.at <= to && !changes.includes(change.at)) changes.push(change.at);
        }
      }
      return changes;
    },
  };
}

function fromSeries(series: ZoneOffsetSeries, windowStart: number, windowEnd: number, fallback: OffsetSource): OffsetSource {
  const inside = series.changes.slice(1).map((c) => c.at);
  return {
    at: (t) => seriesOffset(series, t, windowEnd) ?? fallback.at(t),
    changesBetween: (from, to) => {
      const own = inside.filter((t) => t > from && t <= to);
      // Beyond what the device reported, the runtime stands in.
      const before = from < windowStart ? fallback.changesBetween(from, Math.min(to, windowStart)) : [];
      const after = to > windowEnd ? fallback.changesBetween(Math.max(from, windowEnd), to) : [];
      if (before === null || after === null) return null;
      return [...before, ...own, ...after, ...(to > windowEnd ? [windowEnd + 1] : [])];
    },
  };
}

/**
 * The offsets the device itself shows for its zone: its own tz database when
 * that was read (a stale phone is judged by what it really shows), otherwise
 * the tz database of the runtime doing the judging.
 */
export function deviceOffsets(time: TimeFacts): OffsetSource {
  const runtime = fromRuntime(time.zone);
  const series = time.tzdata?.series.find((s) => s.zone === time.zone);
  if (time.tzdata && series) {
    if (!series.known) return { at: () => null, changesBetween: () => [] };
    return fromSeries(series, time.tzdata.from, time.tzdata.to, runtime);
  }
  return runtime;
}

/**
 * The offsets a zone really has: Mexico's zones from the law as written down
 * in mexico-zones.ts, so that a laptop or phone with stale data still judges
 * right; every other zone from the runtime's tz database.
 */
export function trueOffsets(zone: string): OffsetSource {
  const truth = mexicoZoneTruth(zone);
  const runtime = fromRuntime(zone);
  if (!truth) return runtime;
  const law: OffsetSource =
    truth.kind === 'fixed'
      ? { at: (t) => (isJudgeable(t) ? truth.offsetMinutes : null), changesBetween: () => [] }
      : fromRuntime(truth.zone);
  // Before the rule took effect, the tz database is the record of what clocks showed.
  return {
    at: (t) => (t < truth.since ? runtime.at(t) : law.at(t)),
    changesBetween: (from, to) => {
      if (from >= truth.since) return law.changesBetween(from, to);
      const before = runtime.changesBetween(from, Math.min(to, truth.since));
      const after = to > truth.since ? law.changesBetween(truth.since, to) : [];
      return before === null || after === null ? null : [...before, truth.since, ...after];
    },
  };
}
