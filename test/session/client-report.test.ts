import { describe, expect, it } from 'vitest';
import { judge, profiles, type Facts } from '../../shared/index';
import { decodeHelperCode, encodeHelperCode } from '../../shared/report/index';
import { clientChecks } from '../../shared/session/client-report';

const NOW = Date.parse('2026-07-15T18:00:00Z');
const facts: Facts = {
  time: { deviceNow: NOW + 3_600_000, referenceNow: NOW, zone: 'America/Tijuana' },
  location: { permission: 'granted', request: 'granted', readAt: NOW, position: { lat: 32.5149, lon: -117.0382, accuracy: 1500, timestamp: NOW } },
};

function reportOf(facts: Facts) {
  const findings = judge(facts, profiles['cbp-one']);
  const code = encodeHelperCode({ profileId: 'cbp-one', language: 'es', platform: 'android', judgedAt: NOW, findings, facts, includePosition: false });
  const decoded = decodeHelperCode(code);
  if (!decoded.ok) throw new Error(decoded.reason);
  return { report: decoded.report, findings };
}

describe("a client's checks in the console", () => {
  it('shows every check as the phone judged it, judged again where the facts travelled', async () => {
    const { report, findings } = reportOf(facts);
    const checks = await clientChecks(report, 'cbp-one');
    for (const finding of findings) expect([finding.check, checks.find((c) => c.check === finding.check)?.status]).toEqual([finding.check, finding.status]);
    expect(checks.find((c) => c.check === 'time.clock')).toMatchObject({ origin: 'rejudged', status: 'fail' });
    expect(checks.find((c) => c.check === 'location.accuracy')).toMatchObject({ origin: 'rejudged', status: 'warn' });
    // The zone did not travel with a position: the phone's word, with the fixes a wrong zone needs.
    const zone = checks.find((c) => c.check === 'time.zone')!;
    expect(zone.origin).toBe('phone');
    expect(checks.find((c) => c.check === 'photo.file')).toMatchObject({ origin: 'not-run', status: 'unknown' });
  });

  it('judges again under another profile and leaves out what that profile skips', async () => {
    const { report } = reportOf(facts);
    const checks = await clientChecks(report, 'selfie-generic');
    expect(checks.some((c) => c.check === 'location.region')).toBe(false);
    expect(checks.find((c) => c.check === 'time.clock')?.origin).toBe('rejudged');
  });

  it('gives the likely fixes only for a check that failed or warned on the phone', async () => {
    const { report } = reportOf(facts);
    for (const check of await clientChecks(report, 'cbp-one')) {
      if (check.status === 'pass' || check.status === 'unknown') expect(check.fixes, check.check).toEqual([]);
      else expect(check.fixes.length, check.check).toBeGreaterThan(0);
    }
  });
});

describe('a client code with the position included (issue 23)', () => {
  function codeFrom(facts: Facts, profileId: 'cbp-one' | 'selfie-generic') {
    const findings = judge(facts, profiles[profileId]);
    const decoded = decodeHelperCode(encodeHelperCode({ profileId, language: 'es', platform: 'android', judgedAt: NOW, findings, facts, includePosition: true }));
    if (!decoded.ok) throw new Error(decoded.reason);
    return decoded.report;
  }
  const at = (lat: number, lon: number, zone: string): Facts => ({
    time: { deviceNow: NOW, referenceNow: NOW, zone },
    location: { permission: 'granted', request: 'granted', readAt: NOW, position: { lat, lon, accuracy: 30, timestamp: NOW } },
  });

  it('judges the accepted area on the laptop, even when the phone checked for an app without one', async () => {
    // The phone prepared for a selfie app (no accepted area); the volunteer looks under CBP One.
    const tijuana = await clientChecks(codeFrom(at(32.5149, -117.0382, 'America/Tijuana'), 'selfie-generic'), 'cbp-one');
    expect(tijuana.find((c) => c.check === 'location.region')).toMatchObject({ origin: 'rejudged', status: 'pass' });
    const guatemala = await clientChecks(codeFrom(at(14.6349, -90.5069, 'America/Guatemala'), 'selfie-generic'), 'cbp-one');
    expect(guatemala.find((c) => c.check === 'location.region')).toMatchObject({ origin: 'rejudged', status: 'fail' });
  });

  it('judges the time zone against the zone at the travelled position', async () => {
    const right = await clientChecks(codeFrom(at(32.5149, -117.0382, 'America/Tijuana'), 'cbp-one'), 'cbp-one');
    expect(right.find((c) => c.check === 'time.zone')).toMatchObject({ origin: 'rejudged', status: 'pass' });
    // A phone in Tijuana set to Mexico City time: two hours off, judged wrong on the laptop too.
    const wrong = await clientChecks(codeFrom(at(32.5149, -117.0382, 'America/Mexico_City'), 'cbp-one'), 'cbp-one');
    const zone = wrong.find((c) => c.check === 'time.zone')!;
    expect(zone).toMatchObject({ origin: 'rejudged', status: 'fail' });
    expect(zone.finding?.message.params).toMatchObject({ expectedZone: expect.stringMatching(/Tijuana|Los_Angeles/) });
  });
});
