import type { Facts, LocationFacts, PhotoFacts, TimeFacts } from '../facts/facts';
import { blankMetadata } from '../photo/blank-metadata';
import type { PhotoMetadata } from '../photo/metadata-types';
import { CODE_CHECKS, type CodeCheckId } from './code-layout';
import type { HelperReport, RecordedStatus } from './helper-code';

/**
 * What the volunteer's console can do with a report: show each check as the
 * phone judged it, and judge again, under another profile say, the checks
 * whose facts the code carries. Only those: a check whose facts did not
 * travel (time.tzdata, storage, the photo's pixels) is shown "as judged on
 * the phone", never re-judged on made-up facts.
 */

/**
 * Checks whose facts a report can carry exactly enough to judge them again.
 * The last two only when the person included their position (issue 23): the
 * accepted area and the time zone at that position are then judged on the
 * volunteer's laptop, under whatever profile the volunteer chooses. The
 * position travels to 0.001° (about 110 m), so within that of an edge of the
 * area or of a zone the verdict may differ from the phone's.
 */
export const REBUILDABLE_CHECKS = ['time.clock', 'location.permission', 'location.accuracy', 'photo.file', 'location.region', 'time.zone'] as const satisfies readonly CodeCheckId[];
export type RebuildableCheckId = (typeof REBUILDABLE_CHECKS)[number];

/** Check id → status, as the phone judged it ("not-run" where it did not judge). */
export function recordedStatuses(report: HelperReport): Record<CodeCheckId, RecordedStatus> {
  return Object.fromEntries(CODE_CHECKS.map((id) => [id, report.statuses[id]])) as Record<CodeCheckId, RecordedStatus>;
}

/** Noon UTC of the day judged: the instant rebuilt facts are judged at (only differences matter to the rebuilt checks). */
export function rebuiltJudgedAt(report: HelperReport): number | null {
  return report.day === null ? null : Date.parse(`${report.day}T12:00:00Z`);
}

/**
 * Which checks of this report can be judged again: their facts travelled and
 * no figure they need was clamped. A position the person did not include
 * leaves location.permission to the phone's word (it passes on a position).
 */
export function rebuildableChecks(report: HelperReport): RebuildableCheckId[] {
  const ids: RebuildableCheckId[] = [];
  const clock = report.time?.clockOffsetSeconds;
  if (report.time && report.day !== null && !clock?.clamped) ids.push('time.clock');
  const location = report.location;
  if (location) {
    if (!location.position || location.position.at) ids.push('location.permission');
    const position = location.position;
    if (report.day !== null && (!position || (!position.accuracyMeters?.clamped && !position.ageSeconds?.clamped))) ids.push('location.accuracy');
  }
  const at = location?.position?.at;
  // The area is judged on the circle: an accuracy beyond the scale would draw it too small.
  if (at && report.day !== null && !location?.position?.accuracyMeters?.clamped) ids.push('location.region');
  if (at && report.time?.zone && report.day !== null) ids.push('time.zone');
  const photo = report.photo;
  if (photo && !photo.width.clamped && !photo.height.clamped && !photo.bytes.clamped) ids.push('photo.file');
  return ids;
}

/**
 * The partial facts a report can honestly give back. Groups or fields that
 * did not travel are absent; a position not included has NaN coordinates
 * (its accuracy and age travelled, not where it was).
 */
export function factsFromReport(report: HelperReport): Facts {
  const facts: Facts = {};
  const judgedAt = rebuiltJudgedAt(report);
  if (report.time && judgedAt !== null) {
    const clock = report.time.clockOffsetSeconds;
    const time: TimeFacts = {
      deviceNow: clock ? judgedAt + (clock.negative ? -1 : 1) * clock.value * 1000 : judgedAt,
      referenceNow: clock ? judgedAt : null,
      zone: report.time.zone ?? '',
    };
    facts.time = time;
  }
  if (report.location) {
    const { permission, request, position } = report.location;
    const location: LocationFacts = { permission, ...(request !== null ? { request } : {}) };
    if (judgedAt !== null) location.readAt = judgedAt;
    if (position) {
      location.position = {
        lat: position.at?.lat ?? Number.NaN,
        lon: position.at?.lon ?? Number.NaN,
        accuracy: position.accuracyMeters?.value ?? Number.NaN,
        ...(position.ageSeconds && judgedAt !== null ? { timestamp: judgedAt - position.ageSeconds.value * 1000 } : {}),
      };
    } else location.position = null;
    facts.location = location;
  }
  if (report.photo) {
    const p = report.photo;
    const metadata: PhotoMetadata = {
      ...blankMetadata(p.bytes.value + (p.bytes.above ? 1 : 0), p.format),
      width: p.width.value,
      height: p.height.value,
      animated: p.animated,
      hasAlpha: p.hasAlpha,
    };
    const photo: PhotoFacts = { metadata, ...(p.decodeError ? { decodeError: 'could not be decoded on the phone' } : {}) };
    facts.photo = photo;
  }
  return facts;
}
