import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/index';

const ICU_FIXTURES = fileURLToPath(new URL('../fixtures/icu-tzdata/', import.meta.url));
const RUNNER = fileURLToPath(new URL('./tzdata-runner/judge-under-icu.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

const SUMMER = '2026-07-15T18:00:00Z';
const WINTER = '2026-12-15T18:00:00Z';

/** Judges in a fresh Node whose ICU has the given tz release (undefined: Node's own, current data). */
function judgeUnder(release: string | undefined, zone: string, at: string): { tz: string; tzdata: Finding; zone?: Finding } {
  const env = { ...process.env };
  delete env.ICU_TIMEZONE_FILES_DIR;
  if (release) env.ICU_TIMEZONE_FILES_DIR = `${ICU_FIXTURES}${release}`;
  const out = execFileSync(TSX, [RUNNER, zone, at], { env, encoding: 'utf8' });
  const { tz, findings } = JSON.parse(out) as { tz: string; findings: Finding[] };
  const tzdata = findings.find((f) => f.check === 'time.tzdata');
  if (!tzdata) throw new Error('no time.tzdata finding');
  return { tz, tzdata };
}

describe('time.tzdata under real past ICU time-zone data', () => {
  it('the fixtures are really loaded (ICU falls back silently on a wrong folder)', () => {
    expect(judgeUnder('2022e', 'UTC', SUMMER).tz).toBe('2022e');
    expect(judgeUnder('2022f', 'UTC', SUMMER).tz).toBe('2022f');
  });

  it('fails Mexico City in summer on data older than 2022f: the phone shows an hour ahead', () => {
    const { tzdata } = judgeUnder('2022e', 'America/Mexico_City', SUMMER);
    expect(tzdata.status).toBe('fail');
    expect(tzdata.message.key).toBe('time.tzdata.wrongNow');
    expect(tzdata.message.params).toMatchObject({ direction: 'ahead', hours: 1, until: '2026-10-25', workaroundZone: 'America/Guatemala' });
    expect(tzdata.evidence.dataAge).toBe('before-2022f');
  });

  it('fails Mexico City in winter too on data older than 2022f, naming the day it goes wrong', () => {
    const { tzdata } = judgeUnder('2022e', 'America/Mexico_City', WINTER);
    expect(tzdata.status).toBe('fail');
    expect(tzdata.message.key).toBe('time.tzdata.wrongLater');
    // Mexico's old rule: first Sunday of April.
    expect(tzdata.message.params).toMatchObject({ from: '2027-04-04', until: '2027-10-31', hours: 1, direction: 'ahead' });
  });

  it('fails Ojinaga on 2022f now (November), when it keeps UTC−6 right until US daylight time starts', () => {
    const { tzdata } = judgeUnder('2022f', 'America/Ojinaga', new Date().toISOString());
    expect(tzdata.status).toBe('fail');
  });

  it('fails Ojinaga in summer on 2022f: the phone shows an hour behind US Central time', () => {
    const { tzdata } = judgeUnder('2022f', 'America/Ojinaga', SUMMER);
    expect(tzdata.status).toBe('fail');
    expect(tzdata.message.params).toMatchObject({ direction: 'behind', hours: 1, workaroundZone: 'America/Chicago' });
    expect(tzdata.evidence.dataAge).toBe('2022f');
  });

  it('passes Mexico City on 2022f and Ojinaga on 2022g', () => {
    expect(judgeUnder('2022f', 'America/Mexico_City', SUMMER).tzdata.status).toBe('pass');
    const ojinaga = judgeUnder('2022g', 'America/Ojinaga', SUMMER).tzdata;
    expect(ojinaga.status).toBe('pass');
    expect(ojinaga.evidence.dataAge).toBe('2022g-or-newer');
  });

  it('passes on current data', () => {
    for (const zone of ['America/Mexico_City', 'America/Ojinaga', 'America/Ciudad_Juarez', 'America/Tijuana']) {
      const { tzdata } = judgeUnder(undefined, zone, SUMMER);
      expect({ zone, status: tzdata.status }).toEqual({ zone, status: 'pass' });
    }
  });

  it('fails a zone the old data does not know', () => {
    const { tzdata } = judgeUnder('2022f', 'America/Ciudad_Juarez', SUMMER);
    expect(tzdata.status).toBe('fail');
    expect(tzdata.message.key).toBe('time.tzdata.unknownZone');
    expect(tzdata.message.params).toMatchObject({ workaroundZone: 'America/Denver' });
  });

  it('only mentions old data for a zone outside Mexico', () => {
    const { tzdata } = judgeUnder('2022e', 'Europe/Madrid', SUMMER);
    expect(tzdata.status).toBe('pass');
    expect(tzdata.message.key).toBe('time.tzdata.staleElsewhere');
  });
});
