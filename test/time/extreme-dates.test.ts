import { describe, expect, it } from 'vitest';
import { judge, profiles, readTzdataFacts, type Facts, type Finding } from '../../shared/index';
import { JUDGEABLE_FROM, JUDGEABLE_UNTIL } from '../../shared/time/instant';
import { inChild } from '../fuzz/in-child';

/**
 * A phone's clock can show any date (a reset clock shows 1970; a hand-set one
 * anything). Before issue 10 the tz probe read offsets week by week from 2023
 * to the clock's date plus 400 days: 7.5 s for the year 3000, no end for
 * 8.64e15 ms (year 275760); and judge passed the zone of a phone in year
 * 275760. Every window is now clamped to the judgeable range, and a clock
 * outside it is a wrong date.
 */

const MEXICO_CITY = { lat: 19.4326, lon: -99.1332, accuracy: 20 };
const EXTREMES: Record<string, number> = {
  'the Unix epoch': 0,
  'the year 1900': Date.UTC(1900, 0, 1),
  'the year 3000': Date.UTC(3000, 0, 1),
  'the last instant a Date holds (+8.64e15 ms)': 8.64e15,
  'the first instant a Date holds (−8.64e15 ms)': -8.64e15,
};

function facts(deviceNow: number, referenceNow: number | null, tzdata?: Awaited<ReturnType<typeof readTzdataFacts>>): Facts {
  return {
    time: { deviceNow, referenceNow, zone: 'America/Mexico_City', ...(tzdata ? { tzdata } : {}) },
    location: { permission: 'granted', position: MEXICO_CITY },
  };
}

const byCheck = (findings: Finding[], id: string) => findings.find((f) => f.check === id);

describe('readTzdataFacts at a clock far from now', () => {
  it('returns at +8.64e15 ms (in a child process that is killed if it hangs)', async () => {
    const result = await inChild('tzdata', JSON.stringify({ now: 8.64e15, deviceZone: 'America/Mexico_City' }), 20_000);
    expect(result.returned, 'readTzdataFacts did not return within 20 s').toBe(true);
  }, 30_000);

  for (const [name, now] of Object.entries(EXTREMES)) {
    it(`reads only the judgeable range at ${name}, quickly`, async () => {
      const started = performance.now();
      const tzdata = await readTzdataFacts({ now, deviceZone: 'America/Mexico_City' });
      // Generous (the goal is "no hang"): a year is ~50 ms; before the fix the year 3000 took 7.5 s, +8.64e15 forever.
      expect(performance.now() - started).toBeLessThan(3000);
      expect(tzdata.readAt).toBe(now);
      expect(tzdata.to - tzdata.from).toBeLessThan(4 * 366 * 86_400_000);
      for (const series of tzdata.series) {
        for (const change of series.changes) {
          expect(change.at).toBeGreaterThanOrEqual(JUDGEABLE_FROM);
          expect(change.at).toBeLessThan(JUDGEABLE_UNTIL);
        }
      }
      expect(tzdata.series.find((s) => s.zone === 'America/Mexico_City')?.known).toBe(true);
    });
  }
});

describe('judge on a clock at an extreme date, with a zone and a position', () => {
  for (const [name, now] of Object.entries(EXTREMES)) {
    it(`${name}: time.clock fails as a wrong date and the zone checks do not compare`, async () => {
      const tzdata = await readTzdataFacts({ now, deviceZone: 'America/Mexico_City' });
      const started = performance.now();
      const findings = judge(facts(now, null, tzdata), profiles['cbp-one']);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(findings.filter((f) => f.message.key === 'check.failed')).toEqual([]);
      expect(byCheck(findings, 'time.clock')).toMatchObject({ status: 'fail', message: { key: 'time.clock.wrongDate' } });
      expect(byCheck(findings, 'time.zone')).toMatchObject({ status: 'unknown', message: { key: 'time.zone.cannotCompare' } });
      expect(byCheck(findings, 'time.tzdata')?.status).toBe('unknown');
    });

    it(`${name} with a reference time: time.clock fails by the days it is off`, () => {
      const reference = Date.parse('2026-07-15T18:00:00Z');
      const finding = byCheck(judge(facts(now, reference), profiles['cbp-one']), 'time.clock')!;
      expect(finding).toMatchObject({ status: 'fail', message: { key: 'time.clock.off', params: { unit: 'days' } } });
    });
  }

  it('says the year of the wrong date; beyond what a Date holds, the last year it holds', () => {
    const year = (deviceNow: number) => byCheck(judge(facts(deviceNow, null), profiles['cbp-one']), 'time.clock')!.message.params?.year;
    expect(year(0)).toBe('1970');
    expect(year(Date.UTC(3000, 5, 1))).toBe('3000');
    expect(year(1e17)).toBe('275760');
  });

  it('leaves a clock that could not be read (NaN) unjudged, not wrong', () => {
    const findings = judge(facts(Number.NaN, null), profiles['cbp-one']);
    expect(byCheck(findings, 'time.clock')).toMatchObject({ status: 'unknown', message: { key: 'time.clock.noReference' } });
    expect(byCheck(findings, 'time.zone')?.status).toBe('unknown');
  });

  it('still judges the zone at the edges of the range', () => {
    for (const at of [JUDGEABLE_FROM, JUDGEABLE_UNTIL - 400 * 86_400_000]) {
      const findings = judge(facts(at, at), profiles['cbp-one']);
      expect(byCheck(findings, 'time.zone')?.status, new Date(at).toISOString()).toBe('pass');
    }
  });
});

describe('a device whose Intl names no time zone', () => {
  it('leaves the zone checks unknown, with "?" for the zone rather than a blank', async () => {
    const tzdata = await readTzdataFacts({ now: Date.parse('2026-07-15T18:00:00Z'), deviceZone: '' });
    const at = Date.parse('2026-07-15T18:00:00Z');
    for (const location of [undefined, { permission: 'granted' as const, position: MEXICO_CITY }]) {
      const findings = judge({ time: { deviceNow: at, referenceNow: at, zone: '', tzdata }, ...(location ? { location } : {}) }, profiles['cbp-one']);
      for (const id of ['time.zone', 'time.tzdata']) {
        expect(byCheck(findings, id), id).toMatchObject({ status: 'unknown', message: { params: { deviceZone: '?' } } });
      }
      expect(byCheck(findings, 'time.clock')?.status).toBe('pass');
    }
  });
});
