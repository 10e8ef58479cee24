import { describe, expect, it } from 'vitest';
import { judge, profiles, type Facts, type Finding } from '../../shared/index';

function accuracy(location: NonNullable<Facts['location']>, time?: Facts['time']): Finding {
  const finding = judge({ location, ...(time ? { time } : {}) }, profiles['cbp-one']).find((f) => f.check === 'location.accuracy');
  if (!finding) throw new Error('no location.accuracy finding');
  return finding;
}

const NOW = Date.parse('2026-11-25T18:00:00Z');
const at = (meters: number, timestamp = NOW - 5000) => ({
  permission: 'granted' as const,
  position: { lat: 32.5, lon: -117, accuracy: meters, timestamp },
  readAt: NOW,
});

describe('location.accuracy', () => {
  it('passes a GPS fix up to 100 m', () => {
    expect(accuracy(at(12)).status).toBe('pass');
    expect(accuracy(at(100)).status).toBe('pass');
    expect(accuracy(at(12)).message.params).toMatchObject({ meters: 12 });
  });

  it('warns an approximate location up to 2 km, with "precise location" first', () => {
    const finding = accuracy(at(1600));
    expect(finding.status).toBe('warn');
    expect(finding.message).toEqual({ key: 'location.accuracy.approximate', params: { meters: 1600, km: 1.6 } });
    expect(finding.fixes[0]).toBe('location.precise-on');
  });

  it('fails beyond 2 km', () => {
    const finding = accuracy(at(3000));
    expect(finding.status).toBe('fail');
    expect(finding.message.key).toBe('location.accuracy.poor');
  });

  it('says a position is old, against the judging time in the facts, and warns even a precise one', () => {
    const old = accuracy(at(10, NOW - 10 * 60_000));
    expect(old.status).toBe('warn');
    expect(old.details).toEqual([{ key: 'location.accuracy.stale', params: { minutes: 10 } }]);
    expect(old.evidence.ageSeconds).toBe(600);
  });

  it('takes the device time from the time facts when the location facts carry no reading time', () => {
    const location = { permission: 'granted' as const, position: { lat: 32.5, lon: -117, accuracy: 10, timestamp: NOW - 5 * 60_000 } };
    expect(accuracy(location, { deviceNow: NOW, zone: 'America/Tijuana' }).details?.[0]?.key).toBe('location.accuracy.stale');
    expect(accuracy(location).details).toBeUndefined();
  });

  it('says when the reading fell back to low accuracy', () => {
    expect(accuracy({ ...at(50), highAccuracy: false }).details?.map((d) => d.key)).toEqual(['location.accuracy.lowAccuracyFallback']);
  });

  it('is unknown without a position', () => {
    expect(accuracy({ permission: 'denied', position: null }).status).toBe('unknown');
  });
});
