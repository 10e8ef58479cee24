import { DAY_MS } from './instant';

export type OffsetAt = (atMs: number) => number | null;

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
 * The first stretch in [from, to] where two offset functions disagree. Sampled
 * daily and at every instant where either is known to change, so that a
 * difference of a few hours around a daylight-saving change is not missed;
 * the edges are narrowed down to the millisecond.
 */
export function firstOffsetMismatch(
  a: OffsetAt,
  b: OffsetAt,
  from: number,
  to: number,
  changeInstants: readonly number[] = [],
): OffsetMismatch | null {
  const differ = (t: number): boolean => {
    const x = a(t);
    const y = b(t);
    return x !== null && y !== null && x !== y;
  };
  const samples = new Set<number>();
  for (let t = from; t < to; t += DAY_MS) samples.add(t);
  samples.add(to);
  for (const t of changeInstants) {
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
      return { start, end, offsetA: a(start) ?? Number.NaN, offsetB: b(start) ?? Number.NaN };
    }
    previous = t;
  }
  return null;

  function findEnd(start: number): number | null {
    let last = start;
    for (const t of sorted) {
      if (t <= start) continue;
      if (!differ(t)) return narrow(last, t, (x) => !differ(x));
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

/** The calendar day ("YYYY-MM-DD") of an instant at a given offset. */
export function localDate(atMs: number, offsetMinutes: number): string {
  return new Date(atMs + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
