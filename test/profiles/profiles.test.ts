import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, profiles, type Profile } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';
import { LANGUAGES_WITH_EVERY_KEY } from './languages';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every `verified` date anywhere in a profile: its facts. */
function verifiedDates(node: unknown, out: string[] = []): string[] {
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.verified === 'string') out.push(record.verified);
    for (const child of Object.values(record)) verifiedDates(child, out);
  }
  return out;
}

const PROFILE_FILES: Record<string, string> = {
  'cbp-one': 'cbp-one.ts',
  'cbp-home': 'cbp-home.ts',
  smartlink: 'smartlink.ts',
  'selfie-generic': 'selfie-generic.ts',
};
const SOURCES_DOC = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');

/** Every object with a `value` in a profile is a threshold: it must say where it comes from. */
function sourcedValues(node: unknown, path: string, out: Array<{ path: string; source: unknown; verified: unknown }>): typeof out {
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if ('value' in record) out.push({ path, source: record.source, verified: record.verified });
    for (const [key, child] of Object.entries(record)) sourcedValues(child, `${path}.${key}`, out);
  }
  return out;
}

describe('profiles', () => {
  for (const profile of Object.values(profiles) as Profile[]) {
    describe(profile.id, () => {
      it('gives every threshold a source and the date it was checked, no later than the profile', () => {
        const values = sourcedValues(profile, profile.id, []);
        expect(values.length).toBeGreaterThan(0);
        for (const value of values) {
          expect(typeof value.source === 'string' && value.source.length > 10, value.path).toBe(true);
          expect(String(value.verified), value.path).toMatch(ISO_DATE);
          expect(String(value.verified) <= profile.asOf, value.path).toBe(true);
        }
      });

      it('has an "as of" date, a status with sources, and translated name and status', () => {
        expect(profile.asOf).toMatch(ISO_DATE);
        expect(profile.status.sources.length).toBeGreaterThan(0);
        for (const source of profile.status.sources) expect(source.verified).toMatch(ISO_DATE);
        for (const code of LANGUAGES_WITH_EVERY_KEY) {
          const catalogue: Record<string, string> = CATALOGUES[code];
          expect(catalogue[profile.name], `${code} ${profile.name}`).toBeTruthy();
          expect(catalogue[profile.status.key], `${code} ${profile.status.key}`).toBeTruthy();
          expect(catalogue[profile.photo.noteKey], `${code} ${profile.photo.noteKey}`).toBeTruthy();
        }
      });

      it('is "as of" the newest date among its facts', () => {
        const dates = verifiedDates(profile);
        expect(dates.every((date) => ISO_DATE.test(date))).toBe(true);
        expect(profile.asOf).toBe([...dates].sort().at(-1));
      });

      it('says whether the app is closed, and since when', () => {
        expect(['closed', 'active']).toContain(profile.status.state);
        if (profile.status.state === 'closed') expect(profile.status.closedSince).toMatch(ISO_DATE);
        else expect(profile.status.closedSince).toBeUndefined();
      });

      it('skips only checks that exist', () => {
        for (const id of profile.skips) expect(CHECK_IDS).toContain(id);
      });

      it('cites docs/sources.md, which has a section for it', () => {
        const file = PROFILE_FILES[profile.id];
        expect(file, `add ${profile.id} to PROFILE_FILES`).toBeTruthy();
        const text = readFileSync(new URL(`../../shared/profiles/${file}`, import.meta.url), 'utf8');
        expect(text).toContain('docs/sources.md');
        expect(SOURCES_DOC).toContain(`(\`shared/profiles/${file}\`)`);
      });

      it('labels every borrowed file limit: no app here publishes a photo specification', () => {
        for (const rule of [profile.photo.minBytes, profile.photo.maxBytes, profile.photo.minSide, profile.photo.maxSide, profile.photo.maxMegapixels]) {
          expect(rule.source).toMatch(/Yoti/);
        }
      });
    });
  }

  it('CBP One is closed for appointments since 2025-01-20; the others are active', () => {
    expect(profiles['cbp-one'].status).toMatchObject({ state: 'closed', closedSince: '2025-01-20' });
    for (const id of ['cbp-home', 'smartlink', 'selfie-generic'] as const) expect(profiles[id].status.state).toBe('active');
  });

  it('no profile without an accepted area judges the area', () => {
    for (const profile of Object.values(profiles) as Profile[]) {
      if (profile.location.acceptedArea === null) expect(profile.skips).toContain('location.region');
    }
  });

  it('CBP One, CBP Home and SmartLINK say that they publish no specification and where each threshold is borrowed from', () => {
    for (const [id, app] of [['smartlink', 'SmartLINK'], ['cbp-home', 'CBP Home'], ['cbp-one', 'CBP One']] as const) {
      const profile: Profile = profiles[id];
      const values = sourcedValues(profile, id, []);
      // CBP One's accepted area is CBP's own rule (the memo to OMB), not a borrowed one.
      for (const path of values.map((v) => v.path).filter((p) => !p.includes('.acceptedArea.'))) {
        const rule = path.split('.').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], profile) as { source: string; note?: string };
        expect(`${rule.source} ${rule.note ?? ''}`, path).toContain(`No public ${app}`);
        expect(`${rule.source} ${rule.note ?? ''}`, path).toMatch(/borrowed from/);
      }
    }
    expect(profiles.smartlink.status.sources.map((s) => s.source).join('\n')).toMatch(/The Markup and Documented NY, 2022-06-27/);
    expect(profiles['cbp-home'].status.sources.map((s) => s.source).join('\n')).toMatch(/KESQ, 2025-03-12.*clear picture/);
  });

  it('CBP One says that scheduling ended and where the app was accepted, with sources', () => {
    const sources = profiles['cbp-one'].status.sources.map((s) => s.source).join('\n');
    expect(sources).toContain('2025-01-20');
    expect(sources).toContain('19th parallel');
    expect(sources).toMatch(/2024-08-23.*Chiapas and Tabasco/);
    expect(CATALOGUES.en['profile.cbpOne.status']).toContain('20 January 2025');
  });
});
