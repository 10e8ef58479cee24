import { defineCheck } from './check';
import type { Verdict } from './finding';
import { DAY_MS, isJudgeable, toEpochMs } from '../time/instant';
import { mexicoZoneTruth, staleDataWorkaroundZone } from '../time/mexico-zones';
import { deviceOffsets, trueOffsets } from '../time/offset-sources';
import { firstOffsetMismatch, localDate } from '../time/offset-mismatch';
import { evaluateCanaries, tzdataAge } from '../time/tz-canaries';

/**
 * time.tzdata: is the device's own time-zone database stale for its zone?
 * Phones in Mexico jumped an hour on 2023-04-02 and 2025-04-06 because their
 * data still had Mexico's abolished daylight saving time (tzdata 2022f/g).
 */
export const timeTzdata = defineCheck({
  id: 'time.tzdata',
  needs: ['time.tzdata'],
  judge(facts, profile): Verdict {
    const time = facts.time!;
    const tzdata = time.tzdata!;
    const reference = toEpochMs(time.referenceNow);
    const deviceNow = toEpochMs(time.deviceNow);
    const now = Number.isFinite(reference) ? reference : Number.isFinite(deviceNow) ? deviceNow : tzdata.readAt;
    const canaries = evaluateCanaries(tzdata);
    const age = tzdataAge(canaries);
    const evidence = {
      zone: time.zone,
      dataAge: age,
      reportedVersion: tzdata.reportedVersion ?? null,
      canariesFailed: canaries.filter((c) => !c.ok).map((c) => c.id),
    };
    if (!time.zone) {
      // The device named no zone (Intl gave none): nothing to look up in its data.
      return { status: 'unknown', message: { key: 'time.zone.cannotCompare', params: { deviceZone: '?' } }, evidence, fixes: ['time.check-by-hand'] };
    }
    const truth = mexicoZoneTruth(time.zone);
    if (!truth) {
      // Only Mexico's recent changes are known to Listo; elsewhere old data is said, not judged.
      const stale = age === 'before-2022f' || age === '2022f';
      return {
        status: 'pass',
        message: { key: stale ? 'time.tzdata.staleElsewhere' : 'time.tzdata.pass', params: { zone: time.zone } },
        evidence,
        fixes: stale ? ['time.update-system'] : [],
      };
    }
    if (!isJudgeable(now)) {
      // The phone's date is wrong (time.clock says so): no offsets to compare at such a date.
      return { status: 'unknown', message: { key: 'time.zone.cannotCompare', params: { deviceZone: time.zone } }, evidence, fixes: ['time.check-by-hand'] };
    }
    const workaroundZone = staleDataWorkaroundZone(truth);
    const device = deviceOffsets(time);
    if (device.at(now) === null) {
      return {
        status: 'fail',
        message: { key: 'time.tzdata.unknownZone', params: { zone: time.zone, workaroundZone } },
        evidence,
        fixes: ['time.update-system', 'time.stale-workaround'],
      };
    }
    const real = trueOffsets(time.zone);
    const until = now + profile.time.zone.lookAheadDays.value * DAY_MS;
    const mismatch = firstOffsetMismatch(device, real, now, until);
    if (!mismatch) {
      return { status: 'pass', message: { key: 'time.tzdata.pass', params: { zone: time.zone } }, evidence, fixes: [] };
    }
    const differenceMinutes = mismatch.offsetA - mismatch.offsetB;
    const later = mismatch.start > now;
    const params = {
      zone: time.zone,
      workaroundZone,
      direction: differenceMinutes > 0 ? 'ahead' : 'behind',
      hours: Math.abs(differenceMinutes) / 60,
      from: localDate(mismatch.start, mismatch.offsetB),
      until: mismatch.end === null ? null : localDate(mismatch.end, real.at(mismatch.end) ?? mismatch.offsetB),
    };
    return {
      // Fail in every season: the data is wrong now even when the hour it shows goes wrong only in April,
      // and the fix (an update) takes time. The message says whether it is wrong now or from which day.
      status: 'fail',
      message: { key: later ? 'time.tzdata.wrongLater' : 'time.tzdata.wrongNow', params },
      evidence: {
        ...evidence,
        differenceMinutes,
        wrongFrom: new Date(mismatch.start).toISOString(),
        wrongUntil: mismatch.end === null ? null : new Date(mismatch.end).toISOString(),
      },
      fixes: ['time.update-system', 'time.stale-workaround'],
    };
  },
});
