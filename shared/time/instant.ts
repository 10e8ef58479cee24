import type { Instant } from '../facts/facts';

/** Epoch milliseconds of an instant, or NaN when it cannot be read. */
export function toEpochMs(instant: Instant | null | undefined): number {
  if (instant === null || instant === undefined) return Number.NaN;
  if (typeof instant === 'number') return instant;
  if (instant instanceof Date) return instant.getTime();
  return Date.parse(instant);
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * The instants Listo's time code computes offsets for. The tz database is
 * complete from 1970 and ICU extrapolates its rules past 2037, but a phone
 * that shows a date before 2000 or from 2100 on has a wrong date, not a time
 * zone to judge (phones reset to 1970 or their system's build date). Outside
 * this range nothing is computed: a clock there is a finding (time.clock),
 * and the zone checks say they could not compare. The bound also keeps
 * every window small: Intl answers up to ±8.64e15 ms, but a weekly walk over
 * such a span would never end.
 */
export const JUDGEABLE_FROM = Date.UTC(2000, 0, 1);
export const JUDGEABLE_UNTIL = Date.UTC(2100, 0, 1);

/** Whether an instant (epoch ms) lies in the range the time code answers for. */
export function isJudgeable(atMs: number): boolean {
  return Number.isFinite(atMs) && atMs >= JUDGEABLE_FROM && atMs < JUDGEABLE_UNTIL;
}

/** ISO text of an instant, or null when no Date can hold it (beyond ±8.64e15 ms, NaN). */
export function isoOrNull(atMs: number): string | null {
  const date = new Date(atMs);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
