import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { judge, profiles } from '../../shared/index';
import type { Scenario } from '../../shared/scenarios/scenario';
import backlit from '../../shared/scenarios/backlit-selfie.json';
import { stepVerdict, summarise } from '../../shared/session/summary';

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

describe("a step's verdict", () => {
  it('is headed by the cause when findings are as bad as each other: light behind the face, not the blown-out light it makes', () => {
    const scenario = backlit as unknown as Scenario;
    const findings = judge(scenario.facts, profiles[scenario.profileId]);
    const photo = stepVerdict({ findings, notRun: [] }, 'photo');
    expect(photo.findings.filter((f) => f.status === 'fail').map((f) => f.check)).toEqual(['photo.backlight', 'photo.exposure']);
    expect(photo.findings[0]!.message.key).toBe('photo.backlight.faceStrong');
  });
});
