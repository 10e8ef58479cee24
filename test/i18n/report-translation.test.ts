import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/index';
import { CATALOGUES, createTranslator } from '../../shared/catalogues';
import { buildTranslationReport, reviewStatusKey, reviewStatuses } from '../../shared/i18n/report-translation';

describe('report a wrong translation', () => {
  it('prefills language, key, the text as shown and the version, with the person’s part in their language', () => {
    const report = buildTranslationReport(createTranslator('ht'), { key: 'time.clock.pass', appVersion: '0.1.0', where: 'time.clock' });
    expect(report.title).toBe(`Listo 0.1.0: ${CATALOGUES.ht['report.title']} (ht)`);
    expect(report.text).toContain('Language: ht (Haitian Creole, Kreyòl ayisyen)');
    expect(report.text).toContain('Key: time.clock.pass');
    expect(report.text).toContain('Where: time.clock');
    expect(report.text).toContain('Version: 0.1.0');
    expect(report.text).toContain('Review: not-reviewed');
    expect(report.text).toContain(CATALOGUES.ht['time.clock.pass']);
    expect(report.text).toContain(`${CATALOGUES.ht['report.shouldSay']}:`);
  });

  it('never carries a raw placeholder or the word undefined', () => {
    const report = buildTranslationReport(createTranslator('es'), { key: 'no.such.key', appVersion: '1.2.3' });
    expect(report.text).not.toMatch(/undefined|null|\{/);
    expect(report.text).not.toContain('Where:');
  });

  it('is pure: it builds text and calls nothing', () => {
    const a = buildTranslationReport(createTranslator('en'), { key: 'app.tagline', appVersion: '0.1.0' });
    const b = buildTranslationReport(createTranslator('en'), { key: 'app.tagline', appVersion: '0.1.0' });
    expect(a).toEqual(b);
  });

  it('tells each language’s review status honestly, from LANGUAGES', () => {
    expect(reviewStatusKey({ review: 'source' })).toBe('about.review.source');
    for (const status of reviewStatuses(LANGUAGES.map((l) => l.code))) {
      expect(CATALOGUES.en[status.key as keyof typeof CATALOGUES.en], status.code).toBeTruthy();
      if (status.code !== 'en') expect(status.key).toBe('about.review.not-reviewed');
    }
  });
});
