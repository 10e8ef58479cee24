import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS, FIX_IDS } from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';
import { SYMPTOMS, normalise, searchFixes } from '../../shared/fixes/symptoms';

const CHECK_IDS = CHECKS.map((check) => check.id);
const DOCUMENTED = new Map([
  ['American Immigration Council', '2023-02-28'],
  ['DHS Office of Inspector General, OIG-24-48', undefined],
  ['Rest of World', '2023'],
]);

const fixesFor = (query: string, language: 'en' | 'es' = 'en') => searchFixes(query, { language, catalogues: [CATALOGUES[language], CATALOGUES.en] }).fixes.map((match) => match.fixId);

describe('the symptoms', () => {
  it('each have a unique id, phrases in English and Spanish, and only check ids and fix ids that exist', () => {
    expect(new Set(SYMPTOMS.map((s) => s.id)).size).toBe(SYMPTOMS.length);
    for (const symptom of SYMPTOMS) {
      expect(symptom.phrases.en.length, symptom.id).toBeGreaterThan(0);
      expect(symptom.phrases.es.length, symptom.id).toBeGreaterThan(0);
      expect(symptom.fixes.length, symptom.id).toBeGreaterThan(0);
      for (const check of symptom.checks) expect(CHECK_IDS, symptom.id).toContain(check);
      for (const fix of symptom.fixes) expect(FIX_IDS, symptom.id).toContain(fix);
      for (const note of symptom.notes ?? []) {
        expect(CATALOGUES.en[note as keyof typeof CATALOGUES.en], note).toBeTruthy();
        expect(CATALOGUES.es[note as keyof typeof CATALOGUES.es], note).toBeTruthy();
      }
    }
  });

  it('name only the published reports Listo relies on, with their dates', () => {
    for (const symptom of SYMPTOMS) {
      for (const source of symptom.sources) {
        expect(DOCUMENTED.has(source.source), `${symptom.id}: ${source.source}`).toBe(true);
        expect(source.date).toBe(DOCUMENTED.get(source.source));
        expect(source.says).toBeTruthy();
      }
    }
    const cited = (id: string) => SYMPTOMS.find((s) => s.id === id)!.sources.map((s) => s.source);
    expect(cited('selfie-says-error')).toContain('American Immigration Council');
    expect(cited('selfie-rejected')).toContain('DHS Office of Inspector General, OIG-24-48');
    expect(cited('system-error')).toContain('Rest of World');
  });
});

describe('normalise', () => {
  it('folds case and accents and keeps check ids whole', () => {
    expect(normalise('No se pudo CONFIRMAR la Ubicación.')).toBe('no se pudo confirmar la ubicacion');
    expect(normalise('¿Señal? «time.clock»')).toBe('senal time.clock');
  });
});

describe('searchFixes', () => {
  it('"fraud detected" finds the location fixes and the VPN explanation', () => {
    const result = searchFixes('fraud detected', { language: 'en', catalogues: [CATALOGUES.en] });
    expect(result.symptoms[0]?.symptom.id).toBe('fraud-detected');
    expect(result.fixes.slice(0, 4).map((m) => m.fixId)).toEqual(['location.precise-on', 'location.turn-on', 'location.go-outside', 'location.allow-site']);
    expect(result.notes).toContain('network.connection.vpn');
    expect(result.checks).toEqual(expect.arrayContaining(['location.accuracy', 'location.region', 'network.connection']));
  });

  it('"fraude detectado", in any case and with or without accents, finds the same', () => {
    for (const query of ['fraude detectado', 'FRAUDE DETECTADO', 'Fraude detectádo!']) {
      const result = searchFixes(query, { language: 'es', catalogues: [CATALOGUES.es, CATALOGUES.en] });
      expect(result.fixes.slice(0, 4).map((m) => m.fixId), query).toEqual(fixesFor('fraud detected').slice(0, 4));
      expect(result.notes).toContain('network.connection.vpn');
    }
  });

  it('"Error" finds the photo retake fixes first', () => {
    const top = fixesFor('Error').slice(0, 3);
    expect(fixesFor('error', 'es').slice(0, 3)).toEqual(top);
    expect(fixesFor('Dice "Error" en la selfie', 'es').slice(0, 3)).toEqual(top);
    expect(top).toEqual(['photo.retake-light', 'photo.retake-backlight', 'photo.retake-steady']);
    // The other errors follow, further down.
    expect(fixesFor('Error')).toContain('network.connect');
  });

  it('"system error" is about the connection and the app\'s data, not the photo', () => {
    const top = fixesFor('system error')[0];
    expect(top).toBe('network.connect');
    expect(fixesFor('error del sistema', 'es')[0]).toBe('network.connect');
  });

  it('"location could not be confirmed" and "no se pudo confirmar la ubicación" find the location fixes', () => {
    for (const [query, language] of [['location could not be confirmed', 'en'], ['no se pudo confirmar la ubicacion', 'es']] as const) {
      const fixes = fixesFor(query, language);
      expect(fixes[0], query).toBe('location.allow-site');
      expect(fixes.slice(0, 5).every((fix) => fix.startsWith('location.')), query).toBe(true);
    }
  });

  it('"selfie", "selfi" and "wrong time" find their fixes', () => {
    expect(fixesFor('selfie')[0]).toBe('photo.retake-light');
    expect(fixesFor('la selfi', 'es')[0]).toBe('photo.retake-light');
    expect(fixesFor('wrong time')[0]).toBe('time.set-clock-automatic');
    expect(fixesFor('hora incorrecta', 'es')[0]).toBe('time.set-clock-automatic');
  });

  it('finds fixes by their titles in the volunteer\'s language, and by check id', () => {
    expect(fixesFor('buena luz', 'es')[0]).toBe('photo.retake-light');
    expect(fixesFor('precise location')[0]).toBe('location.precise-on');
    const byCheck = searchFixes('time.tzdata', { language: 'en', catalogues: [CATALOGUES.en] });
    expect(byCheck.checks).toContain('time.tzdata');
    expect(byCheck.fixes.every((m) => m.fixId.startsWith('time.'))).toBe(true);
  });

  it('searches a catalogue it is given', () => {
    const catalogue = { 'fix.network.connect.title': 'Trouvez une bonne connexion' };
    expect(searchFixes('bonne connexion', { language: 'en', catalogues: [catalogue], symptoms: [] }).fixes[0]?.fixId).toBe('network.connect');
  });

  it('never throws, and gives only fix ids that exist, each once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('en', 'es', 'ht'), (query, language) => {
        const { fixes } = searchFixes(query, { language, catalogues: [CATALOGUES[language], CATALOGUES.en] });
        expect(new Set(fixes.map((m) => m.fixId)).size).toBe(fixes.length);
        for (const match of fixes) expect(FIX_IDS).toContain(match.fixId);
      }),
      { seed: 21, numRuns: 300 },
    );
  });

  it('finds nothing for nothing', () => {
    expect(searchFixes('', { language: 'en', catalogues: [CATALOGUES.en] })).toEqual({ fixes: [], symptoms: [], checks: [], notes: [] });
    expect(searchFixes('  the de la ', { language: 'es', catalogues: [CATALOGUES.es, CATALOGUES.en] }).fixes).toEqual([]);
    expect(searchFixes('zzzz qqqq', { language: 'en', catalogues: [CATALOGUES.en] }).fixes).toEqual([]);
  });
});
