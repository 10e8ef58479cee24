import { describe, expect, it } from 'vitest';
import { profiles, type Profile } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
        const english: Record<string, string> = CATALOGUES.en;
        expect(english[profile.name]).toBeTruthy();
        expect(english[profile.status.key]).toBeTruthy();
      });
    });
  }

  it('CBP One says that scheduling ended and where the app was accepted, with sources', () => {
    const sources = profiles['cbp-one'].status.sources.map((s) => s.source).join('\n');
    expect(sources).toContain('2025-01-20');
    expect(sources).toContain('19th parallel');
    expect(sources).toMatch(/2024-08-23.*Chiapas and Tabasco/);
    expect(CATALOGUES.en['profile.cbpOne.status']).toContain('20 January 2025');
  });
});
