// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { judge, LANGUAGES, profiles, type Finding } from '../../../shared/index';
import { createTranslator } from '../../../shared/catalogues';
import type { LanguageCode } from '../../../shared/i18n/languages';
import type { Platform } from '../../../shared/fixes/fix-library';
import { StepFindings } from '../../../shared/ui/flow/step-findings';

const zoneFail: Finding = {
  check: 'time.zone',
  status: 'fail',
  message: {
    key: 'time.zone.wrongNow',
    params: { deviceZone: 'America/Mexico_City', expectedZone: 'America/Tijuana', deviceOffset: -360, expectedOffset: -480, direction: 'ahead', hours: 2 },
  },
  evidence: { deviceZone: 'America/Mexico_City', zonesNearby: ['America/Tijuana', 'America/Los_Angeles'] },
  fixes: ['time.set-zone-automatic', 'time.set-zone-manually'],
};
const clockPass: Finding = { check: 'time.clock', status: 'pass', message: { key: 'time.clock.pass' }, evidence: { differenceSeconds: 0.4 }, fixes: [] };

function show(findings: Finding[], options: { language?: LanguageCode; platform?: Platform; evidenceOpen?: boolean } = {}): HTMLElement {
  const root = document.createElement('div');
  render(<StepFindings t={createTranslator(options.language ?? 'en')} findings={findings} platform={options.platform ?? 'android'} choosePlatform={() => undefined} evidenceOpen={options.evidenceOpen ?? false} />, root);
  return root;
}

describe("a step's findings", () => {
  it('shows the problems with their fix steps first, and the fine checks folded away below', () => {
    const view = show([zoneFail, clockPass]);
    expect([...view.querySelectorAll('[data-check]')].map((c) => c.getAttribute('data-check'))).toEqual(['time.zone', 'time.clock']);
    expect(view.querySelector('[data-check="time.zone"] .status__word')?.textContent).toBe('Problem');
    expect(view.querySelector('details.passed')?.hasAttribute('open')).toBe(false);
  });

  it('writes the message with city names and offsets a person reads', () => {
    expect(show([zoneFail]).querySelector('[data-check="time.zone"] .finding__message')?.textContent).toBe(
      'The time zone is wrong. The phone uses Mexico City (UTC−6), but here it is Tijuana (UTC−8). The phone shows the time 2 hours ahead.',
    );
  });

  it('gives the fix steps of the chosen device, with the place named', () => {
    const view = show([zoneFail], { language: 'es', platform: 'iphone' });
    const steps = [...view.querySelectorAll('[data-fix="time.set-zone-manually"] li')].map((li) => li.textContent);
    expect(steps.at(-1)).toContain('Tijuana');
    expect(view.querySelector<HTMLInputElement>('input[value="iphone"]')?.checked).toBe(true);
  });

  it('shows text from findings as text, never as markup', () => {
    const hostile: Finding = { ...zoneFail, message: { key: 'time.zone.wrongNow', params: { ...zoneFail.message.params, deviceZone: '<img src=x onerror=alert(1)>' } } };
    const view = show([hostile]);
    expect(view.querySelector('img')).toBeNull();
    expect(view.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens every figure for volunteers, the fine checks’ too; keeps them folded for the person', () => {
    const volunteer = show([zoneFail, clockPass], { evidenceOpen: true });
    expect(volunteer.querySelector('[data-check="time.zone"] .finding__evidence')?.hasAttribute('open')).toBe(true);
    expect(volunteer.querySelector('[data-check="time.clock"] .finding__evidence')?.hasAttribute('open')).toBe(true);
    const person = show([zoneFail, clockPass]);
    expect(person.querySelector('[data-check="time.zone"] .finding__evidence')?.hasAttribute('open')).toBe(false);
    expect(person.querySelector('[data-check="time.clock"] .finding__evidence')).toBeNull();
  });
});

describe('every finding as a person reads it', () => {
  const at = '2026-07-15T18:00:00Z';
  const later = (ms: number) => new Date(Date.parse(at) + ms).toISOString();
  const scenarios = [
    { time: { deviceNow: later(3_600_000), referenceNow: at, zone: 'America/Mexico_City' } },
    { time: { deviceNow: later(7 * 60_000), referenceNow: at, zone: 'America/Mexico_City' } },
    { time: { deviceNow: at, referenceNow: null, zone: 'Etc/GMT+6' }, location: { permission: 'denied' as const } },
    {
      time: { deviceNow: at, referenceNow: at, zone: 'America/Chicago' },
      location: { permission: 'granted' as const, position: { lat: 19.4326, lon: -99.1332, accuracy: 3000 } },
    },
    {
      time: { deviceNow: '2026-12-15T18:00:00Z', referenceNow: '2026-12-15T18:00:00Z', zone: 'America/Mexico_City' },
      location: { permission: 'granted' as const, position: { lat: 25.869, lon: -97.5027, accuracy: 20 } },
    },
    { location: { permission: 'granted' as const, position: { lat: 14.6349, lon: -90.5069, accuracy: 50_000 } } },
  ];

  it('never shows a missing parameter, in any of the eleven languages or on any device, and never passes on an empty render', () => {
    let fixesShown = 0;
    for (const { code: language } of LANGUAGES) {
      for (const platform of ['android', 'iphone', 'laptop'] as const) {
        for (const facts of scenarios) {
          const findings = judge(facts, profiles['cbp-one']);
          const view = show(findings, { language: language as LanguageCode, platform });
          // An empty render must not pass: every finding shows a sentence of its own.
          const messages = [...view.querySelectorAll('.finding__message')].map((n) => n.textContent?.trim() ?? '');
          expect(findings.length).toBeGreaterThan(0);
          expect(messages, `${language} ${platform}`).toHaveLength(findings.length);
          for (const message of messages) expect(message.length, `${language} ${platform}`).toBeGreaterThan(3);
          fixesShown += view.querySelectorAll('.fix').length;
          const shown = [...view.querySelectorAll('.finding__message, .finding__detail, .fix')].map((n) => n.textContent ?? '').join('\n');
          expect(shown, `${language} ${platform}`).not.toMatch(/undefined|NaN|\{[a-zA-Z]+/);
        }
      }
    }
    expect(fixesShown).toBeGreaterThan(0);
  });
});
