// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { judge, LANGUAGES, profiles, type Finding } from '../../../shared/index';
import { createTranslator } from '../../../shared/catalogues';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { translatorOn, type Device } from '../../../shared/i18n/message';
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

function show(findings: Finding[], options: { language?: LanguageCode; device?: Device; platform?: Platform; evidenceOpen?: boolean } = {}): HTMLElement {
  const root = document.createElement('div');
  render(<StepFindings t={translatorOn(createTranslator(options.language ?? 'en'), options.device ?? 'phone')} findings={findings} platform={options.platform ?? 'android'} choosePlatform={() => undefined} evidenceOpen={options.evidenceOpen ?? false} />, root);
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

  it('never shows a missing parameter, in any of the eleven languages, on the phone or the computer, for any platform, and never passes on an empty render', () => {
    let fixesShown = 0;
    for (const { code: language } of LANGUAGES) {
      for (const [device, platform] of [['phone', 'android'], ['phone', 'iphone'], ['computer', 'laptop']] as const) {
        for (const facts of scenarios) {
          const findings = judge(facts, profiles['cbp-one']);
          const view = show(findings, { language: language as LanguageCode, device, platform, evidenceOpen: true });
          // An empty render must not pass: every finding shows a sentence of its own.
          const messages = [...view.querySelectorAll('.finding__message')].map((n) => n.textContent?.trim() ?? '');
          expect(findings.length).toBeGreaterThan(0);
          expect(messages, `${language} ${platform}`).toHaveLength(findings.length);
          for (const message of messages) expect(message.length, `${language} ${platform}`).toBeGreaterThan(3);
          fixesShown += view.querySelectorAll('.fix').length;
          const shown = [...view.querySelectorAll('.finding__message, .finding__detail, .fix, .finding__evidence dt')].map((n) => n.textContent ?? '').join('\n');
          expect(shown, `${language} ${platform}`).not.toMatch(/undefined|NaN|\{[a-zA-Z]+/);
        }
      }
    }
    expect(fixesShown).toBeGreaterThan(0);
  });
});

describe('words for what was checked: the phone, or the computer on the extension\'s own tab (issue 20)', () => {
  const clockOff: Finding = {
    check: 'time.clock',
    status: 'fail',
    message: { key: 'time.clock.off', params: { direction: 'ahead', unit: 'hours', amount: 1 } },
    evidence: { deviceNow: '2026-07-15T19:00:00Z', differenceSeconds: 3600 },
    fixes: ['time.set-clock-automatic'],
  };
  const locationDenied: Finding = { check: 'location.permission', status: 'fail', message: { key: 'location.permission.denied' }, evidence: { permission: 'denied' }, fixes: [] };
  const storageLow: Finding = { check: 'storage.quota', status: 'warn', message: { key: 'storage.quota.low', params: { availableMB: 40 } }, evidence: { availableMB: 40 }, fixes: [] };

  const messages = (view: HTMLElement) => [...view.querySelectorAll('.finding__message')].map((n) => n.textContent);
  const label = (view: HTMLElement, field: string) => view.querySelector(`[data-check="time.clock"] [data-evidence="${field}"] dt`)?.textContent;

  it('says "this computer" in English on the computer', () => {
    const view = show([clockOff, locationDenied, storageLow], { device: 'computer', platform: 'laptop' });
    expect(messages(view)).toEqual([
      'The clock is fast by 1 hour. Apps can refuse a computer whose clock is wrong.',
      'Location is blocked. Apps like this one need it. Allow location for this site and on this computer.',
      'The browser can save only about 40 MB more. This computer may be almost full.',
    ]);
    expect(label(view, 'deviceNow')).toBe('Computer clock');
  });

  it('says "esta computadora" in Spanish on the computer, with the words agreeing with it', () => {
    const view = show([clockOff, locationDenied, storageLow], { language: 'es', device: 'computer', platform: 'laptop' });
    expect(messages(view)).toEqual([
      'El reloj está adelantado 1 hora. Las apps pueden rechazar una computadora que tiene mal la hora.',
      'La ubicación está bloqueada. Apps como esta la necesitan. Permita la ubicación para este sitio y en la computadora.',
      'El navegador solo puede guardar unos 40 MB más. Puede que la computadora esté casi llena.',
    ]);
    expect(label(view, 'deviceNow')).toBe('Reloj de la computadora');
  });

  it('keeps the phone\'s words on the phone, in English and Spanish', () => {
    const english = show([clockOff, locationDenied, storageLow], { device: 'phone' });
    expect(messages(english)).toEqual([
      'The clock is fast by 1 hour. Apps can refuse a phone whose clock is wrong.',
      'Location is blocked. Apps like this one need it. Allow location for this site and on the phone.',
      'The browser can save only about 40 MB more. The phone may be almost full.',
    ]);
    expect(label(english, 'deviceNow')).toBe('Phone clock');
    const spanish = show([clockOff, locationDenied, storageLow], { language: 'es', device: 'phone' });
    expect(messages(spanish)).toEqual([
      'El reloj está adelantado 1 hora. Las apps pueden rechazar un teléfono que tiene mal la hora.',
      'La ubicación está bloqueada. Apps como esta la necesitan. Permita la ubicación para este sitio y en el teléfono.',
      'El navegador solo puede guardar unos 40 MB más. Puede que el teléfono esté casi lleno.',
    ]);
    expect(label(spanish, 'deviceNow')).toBe('Reloj del teléfono');
  });

  it('says "the phone" wherever no device is given (the console, which shows a client\'s phone)', () => {
    const t = createTranslator('en');
    expect(t.message(storageLow.message)).toBe('The browser can save only about 40 MB more. The phone may be almost full.');
  });
});
