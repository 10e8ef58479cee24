import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, profiles, type Facts, type ProfileId } from '../../shared/index';
import {
  CODE_CHECKS,
  REBUILDABLE_CHECKS,
  decodeHelperCode,
  encodeHelperCode,
  factsFromReport,
  rebuildableChecks,
  recordedStatuses,
  type HelperReport,
} from '../../shared/report/index';
import { selfCheckInput } from './arbitraries';
import { JUDGED_AT, photoMetadata, selfCheck, tijuanaFacts } from './self-check';

function reportOf(facts: Facts, profileId: ProfileId = 'cbp-one', includePosition = false): HelperReport {
  const result = decodeHelperCode(encodeHelperCode(selfCheck(facts, profileId, includePosition)));
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

const statusOf = (facts: Facts, profileId: ProfileId, check: string) => judge(facts, profiles[profileId]).find((f) => f.check === check)?.status ?? 'not-run';

describe('what the console makes of a report', () => {
  it('recordedStatuses: every check as the phone judged it', () => {
    const input = selfCheck(tijuanaFacts());
    const recorded = recordedStatuses(reportOf(tijuanaFacts()));
    expect(Object.keys(recorded)).toEqual([...CODE_CHECKS]);
    for (const finding of input.findings) expect(recorded[finding.check as keyof typeof recorded]).toBe(finding.status);
  });

  it('factsFromReport: the clock from the offset (deviceNow = judgedAt + offset, referenceNow = judgedAt), the zone, the location and the photo header', () => {
    const facts = tijuanaFacts();
    facts.time!.deviceNow = JUDGED_AT - 7 * 60_000 - 300;
    const rebuilt = factsFromReport(reportOf(facts));
    const noon = Date.parse('2026-07-15T12:00:00Z');
    expect(rebuilt.time).toEqual({ deviceNow: noon - 420_000, referenceNow: noon, zone: 'America/Tijuana' });
    expect(rebuilt.location).toEqual({
      permission: 'granted',
      request: 'granted',
      readAt: noon,
      position: { lat: Number.NaN, lon: Number.NaN, accuracy: 30, timestamp: noon - 5000 },
    });
    expect(rebuilt.photo?.metadata).toMatchObject({ format: 'jpeg', width: 1600, height: 1200, bytes: 640_000, animated: false, hasAlpha: false });
    expect(rebuilt.photo?.pixels).toBeUndefined();
    expect(rebuilt).not.toHaveProperty('storage');
  });

  it('gives the position back only when the person included it', () => {
    expect(factsFromReport(reportOf(tijuanaFacts(), 'cbp-one', true)).location?.position).toMatchObject({ lat: 32.515, lon: -117.038 });
    expect(rebuildableChecks(reportOf(tijuanaFacts()))).not.toContain('location.permission');
    expect(rebuildableChecks(reportOf(tijuanaFacts(), 'cbp-one', true))).toContain('location.permission');
  });

  it('re-judged under the same profile, the rebuilt facts give the phone\'s verdict for time.clock, location.accuracy and photo.file', () => {
    const cases: Facts[] = [
      tijuanaFacts(),
      { ...tijuanaFacts(), time: { deviceNow: JUDGED_AT + 3_600_000 + 40_000, referenceNow: JUDGED_AT, zone: 'America/Mexico_City' } },
      { ...tijuanaFacts(), time: { deviceNow: JUDGED_AT - 299_999, referenceNow: JUDGED_AT, zone: 'America/Mexico_City' } },
      { ...tijuanaFacts(), location: { permission: 'granted', readAt: JUDGED_AT, position: { lat: 19.4, lon: -99.1, accuracy: 2000.4, timestamp: JUDGED_AT - 121_000 } } },
      { ...tijuanaFacts(), location: { permission: 'denied', request: 'denied', position: null } },
      { ...tijuanaFacts(), photo: { metadata: photoMetadata({ format: 'heic', width: 4032, height: 3024, bytes: 2_400_000 }), decodeError: 'EncodingError' } },
      { ...tijuanaFacts(), photo: { metadata: photoMetadata({ width: 299, height: 2001, bytes: 49_999 }) } },
    ];
    for (const facts of cases) {
      for (const profileId of ['cbp-one', 'selfie-generic'] as const) {
        const report = reportOf(facts, profileId);
        const rebuilt = factsFromReport(report);
        expect(rebuildableChecks(report)).toEqual(expect.arrayContaining(['time.clock', 'location.accuracy', 'photo.file']));
        for (const check of rebuildableChecks(report)) {
          expect(statusOf(rebuilt, profileId, check), `${profileId} ${check}`).toBe(report.statuses[check]);
        }
      }
    }
  });

  it('re-judged, the rebuilt facts give the phone\'s verdict for every check they can rebuild, for any self-check', () => {
    fc.assert(
      fc.property(selfCheckInput, (input) => {
        const result = decodeHelperCode(encodeHelperCode(input));
        if (!result.ok) throw new Error(result.reason);
        const rebuilt = factsFromReport(result.report);
        for (const check of rebuildableChecks(result.report)) {
          expect(statusOf(rebuilt, input.profileId, check), check).toBe(result.report.statuses[check]);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('says which checks cannot be rebuilt: a clamped figure, or facts that do not travel', () => {
    const facts = tijuanaFacts();
    facts.photo!.metadata = photoMetadata({ width: 12_000, height: 9000 });
    facts.time!.deviceNow = JUDGED_AT + 3 * 86_400_000;
    const ids = rebuildableChecks(reportOf(facts));
    expect(ids).not.toContain('photo.file');
    expect(ids).not.toContain('time.clock');
    expect(ids).toContain('location.accuracy');
    expect(REBUILDABLE_CHECKS).not.toContain('time.tzdata');
  });
});
