import type { FixId } from '../fixes/fix-library';
import { defineCheck } from './check';
import type { Verdict, Message, Status } from './finding';
import { DAY_MS, HOUR_MS, toEpochMs } from '../time/instant';
import { round } from './photo-common';

/** "2021:02:13 11:03:31" (+ "-06:00") → epoch ms; wall-clock text without offset is read as UTC. */
export function captureEpochMs(capturedAt: string | null, offsetTime: string | null): number {
  const match = capturedAt?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!match) return Number.NaN;
  const [, y, mo, d, hh, mm, ss] = match.map(Number) as [number, number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, hh, mm, ss);
  const offset = offsetTime?.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (!offset) return asUtc;
  const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
  return asUtc - minutes * 60_000;
}

/**
 * photo.metadata: what the file tells about the person. GPS in a photo shows
 * where they are (privacy: the fixer strips it). A capture time in the future,
 * or long before the moment of judging, hints that the phone's clock is wrong.
 * "No GPS" is said carefully: phones often withhold it before the page sees
 * the photo (docs/pitfalls.md, Photos), so the pass message speaks of this copy only.
 */
export const photoMetadata = defineCheck({
  id: 'photo.metadata',
  needs: ['photo'],
  judge(facts, profile): Verdict {
    const photo = facts.photo!;
    const meta = photo.metadata;
    const rules = profile.photo.captureTime;
    const judgedAt = toEpochMs(photo.judgedAt ?? facts.time?.deviceNow);
    const captured = captureEpochMs(meta.capturedAt, meta.offsetTime);
    // Without an offset the text is local time somewhere between UTC−12 and UTC+14.
    const slackMs = meta.offsetTime ? 0 : rules.futureToleranceHours.value * HOUR_MS;
    const evidence = {
      hasGps: meta.hasGps,
      gps: meta.gps ? [round(meta.gps.lat, 4), round(meta.gps.lon, 4)] : null,
      capturedAt: meta.capturedAt,
      offsetTime: meta.offsetTime,
      judgedAt: Number.isFinite(judgedAt) ? new Date(judgedAt).toISOString() : null,
      make: meta.make,
      model: meta.model,
      software: meta.software,
    };
    const problems: Array<{ status: Status; message: Message; fixes: FixId[] }> = [];
    if (meta.hasGps) problems.push({ status: 'warn', message: { key: 'photo.metadata.gps' }, fixes: ['photo.make-app-ready', 'photo.location-off'] });
    if (Number.isFinite(captured) && Number.isFinite(judgedAt)) {
      const taken = meta.capturedAt!.slice(0, 10).replaceAll(':', '-');
      if (captured - judgedAt > (meta.offsetTime ? HOUR_MS : slackMs)) {
        problems.push({ status: 'warn', message: { key: 'photo.metadata.future', params: { taken } }, fixes: ['time.set-clock-automatic'] });
      } else if (judgedAt - captured > rules.warnOlderThanDays.value * DAY_MS + slackMs) {
        const days = Math.round((judgedAt - captured) / DAY_MS);
        problems.push({ status: 'warn', message: { key: 'photo.metadata.old', params: { taken, days } }, fixes: ['photo.retake-still', 'time.set-clock-automatic'] });
      }
    }
    if (problems.length === 0) return { status: 'pass', message: { key: 'photo.metadata.pass' }, evidence, fixes: [] };
    return {
      status: 'warn',
      message: problems[0]!.message,
      details: problems.slice(1).map((p) => p.message),
      evidence,
      fixes: [...new Set(problems.flatMap((p) => p.fixes))],
    };
  },
});
