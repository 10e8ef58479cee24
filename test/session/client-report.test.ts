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
