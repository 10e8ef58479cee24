// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { judge, LANGUAGES, profiles, type Finding } from '../../shared/index';
import { createTranslator } from '../../shared/catalogues';
import { renderFindings } from '../../shared/ui/index';

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

function render(findings: Finding[], language: 'en' | 'es' = 'en', platform: 'android' | 'iphone' | 'laptop' = 'android'): HTMLElement {
  const view = renderFindings(findings, { translator: createTranslator(language), platform, onPlatformChange: () => undefined });
  document.body.replaceChildren(view);
  return view;
}

describe('the findings view', () => {
  it('shows problems first, each with its status in words', () => {
    const view = render([clockPass, zoneFail]);
    const cards = [...view.querySelectorAll('.finding')];
    expect(cards.map((c) => c.getAttribute('data-check'))).toEqual(['time.zone', 'time.clock']);
    expect(cards[0]!.querySelector('.finding__status')?.textContent).toBe('Problem');
    expect(cards[1]!.querySelector('.finding__status')?.textContent).toBe('OK');
  });

  it('puts what a check\'s slot holds inside that check\'s card, after its words, and nowhere else', () => {
    const view = renderFindings([clockPass, zoneFail], {
      translator: createTranslator('en'),
      platform: 'android',
      onPlatformChange: () => undefined,
      inside: (check) => (check === 'time.zone' ? Object.assign(document.createElement('figure'), { className: 'slot-content' }) : null),
    });
    const zone = view.querySelector('[data-check="time.zone"]')!;
    expect(view.querySelectorAll('.slot-content')).toHaveLength(1);
    expect(zone.querySelector('.finding__message + .slot-content')).not.toBeNull();
  });

  it('writes the message with city names and offsets a person reads', () => {
    const text = render([zoneFail]).querySelector('.finding__message')?.textContent;
    expect(text).toBe(
      'The time zone is wrong. The phone uses Mexico City (UTC−6), but here it is Tijuana (UTC−8). The phone shows the time 2 hours ahead.',
    );
  });

  it('opens the fix of a problem, with the steps of the chosen device', () => {
    const view = render([zoneFail], 'es', 'iphone');
    expect(view.querySelector('.finding__fixes')?.hasAttribute('open')).toBe(true);
    const steps = [...view.querySelectorAll('[data-fix="time.set-zone-manually"] li')].map((li) => li.textContent);
    expect(steps.at(-1)).toContain('Tijuana');
    expect(view.querySelector('input[value="iphone"]')?.hasAttribute('checked')).toBe(true);
  });

  it('renders text from findings as text, never as markup', () => {
    const hostile: Finding = { ...zoneFail, message: { key: 'time.zone.wrongNow', params: { ...zoneFail.message.params, deviceZone: '<img src=x onerror=alert(1)>' } } };
    const view = render([hostile]);
    expect(view.querySelector('img')).toBeNull();
    expect(view.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('offers to read each finding aloud only when given a voice', () => {
    expect(render([zoneFail]).querySelector('.finding__read')).toBeNull();
    const heard: string[] = [];
    const view = renderFindings([zoneFail], {
      translator: createTranslator('en'),
      platform: 'android',
      onPlatformChange: () => undefined,
      readAloud: (text) => heard.push(text),
    });
    view.querySelector<HTMLButtonElement>('.finding__read')?.click();
    expect(heard).toEqual([view.querySelector('.finding__message')?.textContent]);
  });

  it('summarises the count of problems and good checks', () => {
    expect(render([zoneFail, clockPass]).querySelector('.findings__summary')?.textContent).toBe('1 problem. 1 check is fine.');
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
          const view = renderFindings(findings, { translator: createTranslator(language), platform, onPlatformChange: () => undefined });
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
