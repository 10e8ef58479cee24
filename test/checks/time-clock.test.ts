import { describe, expect, it } from 'vitest';
import { judge, profiles, type Finding } from '../../shared/index';

const REFERENCE = Date.parse('2026-07-15T18:00:00Z');

function clock(offsetMs: number | null): Finding {
  const findings = judge(
    { time: { deviceNow: REFERENCE + (offsetMs ?? 0), referenceNow: offsetMs === null ? null : REFERENCE, zone: 'America/Mexico_City' } },
    profiles['cbp-one'],
  );
  const finding = findings.find((f) => f.check === 'time.clock');
  if (!finding) throw new Error('no time.clock finding');
  return finding;
}

describe('time.clock', () => {
  it('passes a clock within a minute of the reference', () => {
    expect(clock(0).status).toBe('pass');
    expect(clock(59_000).status).toBe('pass');
    expect(clock(-59_000).status).toBe('pass');
  });

  it('warns from one minute and fails from five', () => {
    expect(clock(60_000).status).toBe('warn');
    expect(clock(-299_000).status).toBe('warn');
    expect(clock(300_000).status).toBe('fail');
    expect(clock(-20 * 60_000).status).toBe('fail');
  });

  it('says how far and in which direction the clock is off', () => {
    const finding = clock(-7 * 60_000);
    expect(finding.message).toEqual({ key: 'time.clock.off', params: { direction: 'behind', unit: 'minutes', amount: 7 } });
    expect(finding.evidence.differenceSeconds).toBe(-420);
    expect(finding.fixes).toEqual(['time.set-clock-automatic']);
  });

  it('reads a difference of whole hours as a probable time-zone mix-up', () => {
    const finding = clock(3_600_000 + 40_000);
    expect(finding.status).toBe('fail');
    expect(finding.message.key).toBe('time.clock.wholeHours');
    expect(finding.message.params).toMatchObject({ hours: 1, direction: 'ahead' });
    expect(finding.evidence.probableZoneMixup).toBe(true);
    expect(finding.fixes).toEqual(['time.set-zone-automatic', 'time.set-clock-automatic']);
  });

  it('reads a gap of a day or more as a wrong date, not a wrong zone', () => {
    for (const hours of [-400 * 24, 27, 72]) {
      const finding = clock(hours * 3_600_000);
      expect(finding.status).toBe('fail');
      expect(finding.message.key).toBe('time.clock.off');
      expect(finding.fixes).toEqual(['time.set-clock-automatic']);
    }
    expect(clock(24 * 3_600_000).message.key).toBe('time.clock.wholeHours');
  });

  it('does not call 1 h 20 min a zone mix-up', () => {
    const finding = clock(80 * 60_000);
    expect(finding.message.key).toBe('time.clock.off');
  });

  it('is unknown without a reference time (offline)', () => {
    const finding = clock(null);
    expect(finding.status).toBe('unknown');
    expect(finding.message.key).toBe('time.clock.noReference');
  });

  it('says no site was named, not "no connection", where no reference was asked for at all (the extension)', () => {
    const [finding] = judge({ time: { deviceNow: REFERENCE, referenceNow: null, referenceNamed: false, zone: 'UTC' } }, profiles['selfie-generic']).filter((f) => f.check === 'time.clock');
    expect(finding).toMatchObject({ status: 'unknown', message: { key: 'time.clock.noReferenceNamed' } });
  });

  it('accepts ISO strings and Dates as instants', () => {
    const findings = judge(
      { time: { deviceNow: new Date(REFERENCE + 2000), referenceNow: new Date(REFERENCE).toISOString(), zone: 'UTC' } },
      profiles['selfie-generic'],
    );
    expect(findings.find((f) => f.check === 'time.clock')?.status).toBe('pass');
  });

  it('takes its thresholds from the profile', () => {
    const strict = structuredClone(profiles['cbp-one']);
    strict.time.clock.passBelowSeconds.value = 5;
    const findings = judge({ time: { deviceNow: REFERENCE + 10_000, referenceNow: REFERENCE, zone: 'UTC' } }, strict);
    expect(findings.find((f) => f.check === 'time.clock')?.status).toBe('warn');
  });
});
