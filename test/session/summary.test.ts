import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { summarise } from '../../shared/session/summary';

describe('the summary of a check-up', () => {
  it('says what a person must do first for each check that could not run, in their words', () => {
    const summary = summarise({
      findings: [],
      notRun: [
        { check: 'photo.face', missing: ['photo.face'] },
        { check: 'photo.exposure', missing: ['photo', 'photo.pixels'] },
        { check: 'time.zone', missing: ['location', 'time'] },
      ],
    });
    const es = createTranslator('es');
    expect(summary.notChecked.map((n) => [n.check, es.message(n.reason)])).toEqual([
      // A photo was taken but no face could be looked for: not "take a selfie", which the person did.
      ['photo.face', 'No revisado. Listo no pudo buscar una cara en esta foto. Revísela otra vez o tome otra selfie.'],
      ['photo.exposure', es.t('summary.notRun.photo')],
      ['time.zone', es.t('summary.notRun.location')],
    ]);
    expect(summary.ready).toEqual([]);
  });
});
