import { defineCheck } from './check';
import type { Verdict } from './finding';
import { HOUR_MS, isJudgeable, isoOrNull, toEpochMs } from '../time/instant';

const MAX_ZONE_GAP_HOURS = 26;

/** Splits a difference into the unit a person would say it in. */
export function describeDuration(ms: number): { unit: 'seconds' | 'minutes' | 'hours' | 'days'; amount: number } {
  const abs = Math.abs(ms);
  if (abs < 90_000) return { unit: 'seconds', amount: Math.round(abs / 1000) };
  if (abs < 90 * 60_000) return { unit: 'minutes', amount: Math.round(abs / 60_000) };
  if (abs < 36 * HOUR_MS) return { unit: 'hours', amount: Math.round((abs / HOUR_MS) * 10) / 10 };
  return { unit: 'days', amount: Math.round(abs / (24 * HOUR_MS)) };
}

/** The year an instant falls in, as text; estimated beyond what a Date holds (±275,760 years). */
function yearOf(ms: number): string {
  const date = new Date(ms);
  return String(Number.isNaN(date.getTime()) ? Math.round(1970 + ms / 31_556_952_000) : date.getUTCFullYear());
}

/**
 * time.clock: the device clock against a reference time. A clock off by a
 * whole number of hours is almost always a clock set by hand under the wrong
 * time zone, which wants the zone fixed, not the clock.
 */
export const timeClock = defineCheck({
  id: 'time.clock',
  needs: ['time'],
  judge(facts, profile): Verdict {
    const time = facts.time!;
    const rules = profile.time.clock;
    const device = toEpochMs(time.deviceNow);
    // A reference outside the judgeable range is no reference: ours comes from a server that knows the date.
    const reference = isJudgeable(toEpochMs(time.referenceNow)) ? toEpochMs(time.referenceNow) : Number.NaN;
    if (Number.isFinite(device) && !isJudgeable(device) && !Number.isFinite(reference)) {
      // A date no phone can rightly show (1970, 2150): wrong whatever the exact time is.
      return {
        status: 'fail',
        message: { key: 'time.clock.wrongDate', params: { year: yearOf(device) } },
        evidence: { deviceNow: isoOrNull(device) },
        fixes: ['time.set-clock-automatic'],
      };
    }
    if (!Number.isFinite(device) || !Number.isFinite(reference)) {
      return {
        status: 'unknown',
        // "No connection" would send a volunteer to check the network when what is missing is a site to compare with.
        message: { key: time.referenceNamed === false ? 'time.clock.noReferenceNamed' : 'time.clock.noReference' },
        evidence: { deviceNow: isoOrNull(device) },
        fixes: ['time.check-by-hand'],
      };
    }
    const difference = device - reference;
    const abs = Math.abs(difference);
    const evidence = {
      differenceSeconds: Math.round(difference / 100) / 10,
      uncertaintySeconds: Math.round((time.referenceUncertaintyMs ?? 1000) / 100) / 10,
      referenceSource: time.referenceSource ?? null,
      deviceNow: isoOrNull(device),
      referenceNow: isoOrNull(reference),
    };
    const params = { direction: difference > 0 ? 'ahead' : 'behind', ...describeDuration(difference) };
    if (abs < rules.passBelowSeconds.value * 1000) {
      return { status: 'pass', message: { key: 'time.clock.pass', params }, evidence, fixes: [] };
    }
    const wholeHours = Math.round(abs / HOUR_MS);
    const fromWholeHours = Math.abs(abs - wholeHours * HOUR_MS);
    // Zones lie at most 26 hours apart (UTC−12 to UTC+14): a larger gap is a wrong date, not a wrong zone.
    if (wholeHours >= 1 && wholeHours <= MAX_ZONE_GAP_HOURS && fromWholeHours <= rules.wholeHourToleranceSeconds.value * 1000) {
      return {
        status: 'fail',
        message: { key: 'time.clock.wholeHours', params: { ...params, hours: wholeHours } },
        evidence: { ...evidence, probableZoneMixup: true },
        // Not "choose the zone by hand": without a position Listo cannot name the zone to choose.
        fixes: ['time.set-zone-automatic', 'time.set-clock-automatic'],
      };
    }
    const status = abs < rules.failFromSeconds.value * 1000 ? 'warn' : 'fail';
    return { status, message: { key: 'time.clock.off', params }, evidence, fixes: ['time.set-clock-automatic'] };
  },
});
