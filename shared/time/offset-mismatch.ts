import { DAY_MS, JUDGEABLE_FROM, JUDGEABLE_UNTIL } from './instant';

export type OffsetAt = (atMs: number) => number | null;

/** Offsets of one zone from one tz database, minutes east of UTC. */
export interface OffsetSource {
  at: OffsetAt;
  /** Every instant in (from, to] at which the offset changes; null when not known (then it is sampled daily). */
  changesBetween(from: number, to: number): number[] | null;
}

export interface OffsetMismatch {
  /** First instant at which the two disagree (epoch ms). */
  start: number;
  /** First instant after `start` at which they agree again; null when not within the window. */
  end: number | null;
  /** Offsets at `start`, minutes east of UTC. */
  offsetA: number;
  offsetB: number;
}

/**
 * The first stretch in [from, to] where two zones' offsets disagree. Offsets
 * only move at their changes, so comparing at `from` and around every change
 * is exact; a source that cannot list its changes is also sampled daily. The
 * edges are narrowed down to the millisecond.
 */
export function firstOffsetMismatch(a: OffsetSource, b: OffsetSource, from: number, to: number): OffsetMismatch | null {
  // Offsets exist only over the judgeable range: compare there, so that no window (nor its daily samples) runs long.
  from = Math.max(from, JUDGEABLE_FROM);
  to = Math.min(to, JUDGEABLE_UNTIL - 1);
  if (!(from < to)) return null;
  const differ = (t: number): boolean => {
    const x = a.at(t);
    const y = b.at(t);
    return x !== null && y !== null && x !== y;
  };
  const changesA = a.changesBetween(from, to);
  const changesB = b.changesBetween(from, to);
  const samples = new Set<number>([from, to]);
  if (changesA === null || changesB === null) for (let t = from; t < to; t += DAY_MS) samples.add(t);
  for (const t of [...(changesA ?? []), ...(changesB ?? [])]) {
    if (t > from && t <= to) {
      samples.add(t);
      samples.add(t - 60_000);
    }
  }
  const sorted = [...samples].sort((p, q) => p - q);

  let previous = from;
  for (const t of sorted) {
    if (differ(t)) {
      const start = t === from ? from : narrow(previous, t, (x) => differ(x));
      const end = findEnd(start);
      return { start, end, offsetA: a.at(start) ?? Number.NaN, offsetB: b.at(start) ?? Number.NaN };
    }
    previous = t;
  }
  return null;

  /**
   * Where the two agree again for good. Two rule sets that change an hour
   * apart agree for that hour only: that is no end, so an agreement must
   * last a day to count.
   */
  function findEnd(start: number): number | null {
    let last = start;
    for (const t of sorted) {
      if (t <= start || differ(t)) {
        if (t > start) last = t;
        continue;
      }
      const end = narrow(last, t, (x) => !differ(x));
      const lasting = sorted.every((s) => s <= end || s > end + DAY_MS || !differ(s)) && (end + DAY_MS > to || !differ(end + DAY_MS));
      if (lasting) return end;
      last = t;
    }
    return null;
  }
}

/** The first millisecond in (lo, hi] where `isAfter` holds, given it fails at lo and holds at hi (~30 steps a week). */
function narrow(lo: number, hi: number, isAfter: (t: number) => boolean): number {
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (isAfter(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The calendar day ("YYYY-MM-DD") of an instant at a given offset ("" when no date holds it). */
export function localDate(atMs: number, offsetMinutes: number): string {
  const date = new Date(atMs + offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
