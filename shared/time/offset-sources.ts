import type { TimeFacts, ZoneOffsetSeries } from '../facts/facts';
import { mexicoZoneTruth } from './mexico-zones';
import type { OffsetAt } from './offset-mismatch';
import { runtimeOffset, seriesOffset } from './zone-offsets';

export interface OffsetSource {
  at: OffsetAt;
  /** Instants at which the offset is known to change, to sample around. */
  changes: number[];
}

function fromRuntime(zone: string): OffsetSource {
  return { at: (t) => runtimeOffset(zone, t), changes: [] };
}

function fromSeries(series: ZoneOffsetSeries, windowEnd: number, fallback: OffsetSource): OffsetSource {
  return {
    at: (t) => seriesOffset(series, t, windowEnd) ?? fallback.at(t),
    changes: series.changes.slice(1).map((c) => c.at),
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
    if (!series.known) return { at: () => null, changes: [] };
    return fromSeries(series, time.tzdata.to, runtime);
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
  if (!truth) return fromRuntime(zone);
  if (truth.kind === 'fixed') return { at: () => truth.offsetMinutes, changes: [] };
  return fromRuntime(truth.zone);
}
