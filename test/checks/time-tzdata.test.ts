import { describe, expect, it } from 'vitest';
import { judge, profiles, type Finding, type TzdataFacts, type ZoneOffsetSeries } from '../../shared/index';

/**
 * Specification with hand-made tz facts: a device whose database gives the
 * listed offsets. The same check under real past ICU data is in
 * test/probes/tzdata-probe.test.ts.
 */
const FROM = Date.parse('2023-01-01T00:00:00Z');
const TO = Date.parse('2027-12-31T00:00:00Z');
const at = (iso: string) => Date.parse(iso);

function fixed(zone: string, offsetMinutes: number): ZoneOffsetSeries {
  return { zone, known: true, changes: [{ at: FROM, offsetMinutes }] };
}

/** Mexico City as tz data before 2022f has it: UTC−5 from the first Sunday of April to the last Sunday of October. */
const oldMexicoCity: ZoneOffsetSeries = {
  zone: 'America/Mexico_City',
  known: true,
  changes: [
    { at: FROM, offsetMinutes: -360 },
    { at: at('2023-04-02T08:00:00Z'), offsetMinutes: -300 },
    { at: at('2023-10-29T07:00:00Z'), offsetMinutes: -360 },
    { at: at('2026-04-05T08:00:00Z'), offsetMinutes: -300 },
    { at: at('2026-10-25T07:00:00Z'), offsetMinutes: -360 },
    { at: at('2027-04-04T08:00:00Z'), offsetMinutes: -300 },
    { at: at('2027-10-31T07:00:00Z'), offsetMinutes: -360 },
  ],
};

function tzdata(series: ZoneOffsetSeries[], deviceZone: string): TzdataFacts {
  return { readAt: at('2026-06-01T00:00:00Z'), from: FROM, to: TO, deviceZone, series };
}

function tzdataFinding(zone: string, when: string, series: ZoneOffsetSeries[]): Finding {
  const finding = judge({ time: { deviceNow: when, referenceNow: when, zone, tzdata: tzdata(series, zone) } }, profiles['cbp-one']).find(
    (f) => f.check === 'time.tzdata',
  );
  if (!finding) throw new Error('no time.tzdata finding');
  return finding;
}

describe('time.tzdata', () => {
  it('fails when the device zone shows the wrong hour now, says until when, and names a zone to use meanwhile', () => {
    const finding = tzdataFinding('America/Mexico_City', '2026-07-15T18:00:00Z', [oldMexicoCity]);
    expect(finding.status).toBe('fail');
    expect(finding.message).toEqual({
      key: 'time.tzdata.wrongNow',
      params: {
        zone: 'America/Mexico_City',
        workaroundZone: 'America/Guatemala',
        direction: 'ahead',
        hours: 1,
        from: '2026-07-15',
        until: '2026-10-25',
      },
    });
    expect(finding.fixes).toEqual(['time.update-system', 'time.stale-workaround']);
  });

  it('fails in winter too, saying from which day the phone will be wrong', () => {
    const finding = tzdataFinding('America/Mexico_City', '2026-12-01T18:00:00Z', [oldMexicoCity]);
    expect(finding.status).toBe('fail');
    expect(finding.message.key).toBe('time.tzdata.wrongLater');
    expect(finding.message.params).toMatchObject({ from: '2027-04-04', until: '2027-10-31' });
    expect(finding.evidence.wrongFrom).toBe('2027-04-04T08:00:00.000Z');
  });

  it('passes when the device data agrees with the law', () => {
    expect(tzdataFinding('America/Mexico_City', '2026-07-15T18:00:00Z', [fixed('America/Mexico_City', -360)]).status).toBe('pass');
  });

  it('judges border zones against the US zone they follow', () => {
    // Ojinaga on tz 2022f: UTC−6 all year, while US Central is UTC−5 in summer.
    const finding = tzdataFinding('America/Ojinaga', '2026-07-15T18:00:00Z', [fixed('America/Ojinaga', -360)]);
    expect(finding.status).toBe('fail');
    expect(finding.message.params).toMatchObject({ direction: 'behind', workaroundZone: 'America/Chicago' });
  });

  it('estimates the age of the data from the canaries', () => {
    const finding = tzdataFinding('America/Mexico_City', '2026-07-15T18:00:00Z', [
      oldMexicoCity,
      { zone: 'America/Ciudad_Juarez', known: false, changes: [] },
    ]);
    expect(finding.evidence.dataAge).toBe('before-2022f');
    expect(finding.evidence.canariesFailed).toEqual(['mexico-city-no-dst', 'ciudad-juarez-exists']);
  });

  it('is not run when the tz data was not read', () => {
    const findings = judge({ time: { deviceNow: 0, zone: 'UTC' } }, profiles['cbp-one']);
    expect(findings.map((f) => f.check)).not.toContain('time.tzdata');
  });
});
