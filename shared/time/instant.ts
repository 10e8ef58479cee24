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
