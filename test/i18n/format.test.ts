import { describe, expect, it } from 'vitest';
import { cityOfZone, dateFormat, formatDaysAgo, formatMessage, formatOffset, numberFormat, pluralRules } from '../../shared/i18n/format';
import { pickLanguage } from '../../shared/index';
import { languageNameIn, matchLanguage, pickLanguageWithReason } from '../../shared/i18n/languages';
import { createTranslator } from '../../shared/catalogues';

describe('formatMessage', () => {
  it('puts parameters in as text', () => {
    expect(formatMessage('Hello {name}', 'en', { name: '<b>x</b>' })).toBe('Hello <b>x</b>');
  });

  it('chooses plural forms by the language rules, with # as the number', () => {
    const pattern = '{n, plural, =0 {no hours} one {# hour} other {# hours}}';
    expect(formatMessage(pattern, 'en', { n: 0 })).toBe('no hours');
    expect(formatMessage(pattern, 'en', { n: 1 })).toBe('1 hour');
    expect(formatMessage(pattern, 'en', { n: 2.5 })).toBe('2.5 hours');
  });

  it('selects by value, falling back to other', () => {
    const pattern = '{d, select, ahead {fast} other {slow}}';
    expect(formatMessage(pattern, 'en', { d: 'ahead' })).toBe('fast');
    expect(formatMessage(pattern, 'en', { d: 'behind' })).toBe('slow');
  });

  it('nests plurals inside selects', () => {
    const pattern = '{u, select, minutes {{a, plural, one {# minute} other {# minutes}}} other {{a} s}}';
    expect(formatMessage(pattern, 'en', { u: 'minutes', a: 1 })).toBe('1 minute');
    expect(formatMessage(pattern, 'en', { u: 'seconds', a: 4 })).toBe('4 s');
  });

  it('writes calendar days in the reader’s language', () => {
    expect(formatMessage('{d, date}', 'en-US', { d: '2027-04-04' })).toBe('April 4, 2027');
    expect(formatMessage('{d, date}', 'es-MX', { d: '2027-04-04' })).toBe('4 de abril de 2027');
  });

  it('writes offsets as phones show them', () => {
    expect(formatOffset(-360)).toBe('UTC−6');
    expect(formatOffset(330)).toBe('UTC+5:30');
    expect(formatOffset(0)).toBe('UTC');
  });

  it('shows zone ids as their city', () => {
    expect(cityOfZone('America/Mexico_City')).toBe('Mexico City');
    expect(cityOfZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(cityOfZone('Etc/GMT+6')).toBe('UTC−6');
    expect(cityOfZone('Etc/GMT-14')).toBe('UTC+14');
    expect(cityOfZone('Etc/UTC')).toBe('UTC');
    expect(formatMessage('{z, zone}', 'en', { z: 'America/Cancun' }, { zoneName: () => 'Cancún' })).toBe('Cancún');
  });

  it('leaves a missing parameter visible rather than blank', () => {
    expect(formatMessage('Zone {zone}', 'en', {})).toBe('Zone {zone}');
  });
});

describe('translator', () => {
  it('uses localised zone names', () => {
    expect(createTranslator('es').t('time.zone.pass', { offset: -360 })).toContain('UTC−6');
    expect(createTranslator('es').t('fix.time.set-zone-manually.android.3', { expectedZone: 'America/Mexico_City' })).toContain('Ciudad de México');
  });

  it('shows an unknown key as itself', () => {
    // @ts-expect-error -- a key the catalogue lacks is refused by the type check; at run time it still shows as itself.
    expect(createTranslator('en').t('no.such.key')).toBe('no.such.key');
  });

  it('picks the first shipped language the person prefers, else Spanish', () => {
    expect(pickLanguage(['ht-HT', 'fr'])).toBe('ht');
    expect(pickLanguage(['pt-BR', 'en-US'])).toBe('pt');
    expect(pickLanguage(['pt-PT'])).toBe('pt');
    expect(pickLanguage(['fr-CA', 'es'])).toBe('fr');
    expect(pickLanguage(['es_MX'])).toBe('es');
    expect(pickLanguage(['mam', 'quc', 'es-GT'])).toBe('es');
    expect(pickLanguage(['xx'])).toBe('es');
    expect(pickLanguage([])).toBe('es');
  });

  it('gives Traditional Chinese readers the Simplified catalogue, and Arabic right to left', () => {
    expect(pickLanguage(['zh-TW'])).toBe('zh');
    expect(pickLanguage(['zh-Hant-HK', 'en'])).toBe('zh');
    expect(pickLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(pickLanguage(['ar-EG'])).toBe('ar');
    expect(pickLanguage(['pa-Guru-IN'])).toBe('pa');
    expect(pickLanguage(['ru-RU'])).toBe('ru');
  });

  it('never gives Punjabi in Gurmukhi to a reader of Shahmukhi', () => {
    expect(matchLanguage('pa-Arab-PK')).toBeUndefined();
    expect(matchLanguage('pa-PK')).toBeUndefined();
  });
});

describe('Intl in each language', () => {
  it('says an old photo date in years, not thousands of days (issue 13: "hace 4254 días")', () => {
    expect(createTranslator('es').t('photo.metadata.old', { taken: '2015-01-20', days: 4254 })).toContain('hace 11 años');
    expect(createTranslator('en').t('photo.metadata.old', { taken: '2015-01-20', days: 4254 })).toContain('11 years ago');
    expect(createTranslator('es').t('photo.metadata.old', { taken: '2015-01-20', days: 4254 })).toContain('20 de enero de 2015');
    expect(createTranslator('es').t('photo.metadata.old', { taken: '2015-01-20', days: 4254 })).not.toMatch(/4254|4\.254/);
  });

  it('picks the largest whole unit, rounding down', () => {
    expect(formatDaysAgo(0, 'en-US')).toBe('today');
    expect(formatDaysAgo(1, 'en-US')).toBe('yesterday');
    expect(formatDaysAgo(9, 'en-US')).toBe('9 days ago');
    expect(formatDaysAgo(20, 'en-US')).toBe('2 weeks ago');
    expect(formatDaysAgo(200, 'en-US')).toBe('6 months ago');
    expect(formatDaysAgo(729, 'en-US')).toBe('last year');
    expect(formatDaysAgo(4254, 'es-MX')).toBe('hace 11 años');
    expect(formatDaysAgo(4254, 'ar')).toMatch(/11|١١/);
  });

  it('speaks Creole in Creole where Intl has no Creole words (never the French of fr-HT)', () => {
    const text = createTranslator('ht').t('photo.metadata.old', { taken: '2015-01-20', days: 4254 });
    expect(text).toContain('sa fè 11 an');
    expect(text).not.toContain('il y a');
  });

  it('makes each Intl formatter once per locale and options', () => {
    expect(numberFormat('hi-IN')).toBe(numberFormat('hi-IN'));
    expect(numberFormat('hi-IN', { style: 'percent' })).not.toBe(numberFormat('hi-IN'));
    expect(dateFormat('ar', { dateStyle: 'long' })).toBe(dateFormat('ar', { dateStyle: 'long' }));
    expect(pluralRules('ru')).toBe(pluralRules('ru'));
  });

  it('chooses plural forms with the locale’s own rules (Arabic two, Russian few)', () => {
    const arabic = '{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => formatMessage(arabic, 'ar', { n }))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
    const russian = '{n, plural, one {o} few {f} many {m} other {x}}';
    expect([1, 3, 5, 21, 1.5].map((n) => formatMessage(russian, 'ru', { n }))).toEqual(['o', 'f', 'm', 'o', 'x']);
  });
});

describe('words Intl does not have', () => {
  it('writes Creole dates with Creole months, not the French of fr-HT', () => {
    const ht = createTranslator('ht');
    expect(ht.t('photo.metadata.future', { taken: '2027-07-04' })).toContain('4 jiyè 2027');
    expect(ht.t('photo.metadata.future', { taken: '2027-07-04' })).not.toContain('juillet');
    expect(formatMessage('{d, date}', 'fr-HT', { d: Date.UTC(2026, 0, 20, 15, 30) }, { dateWords: (y, m, d) => `${d}/${m}/${y}` })).toBe('20/1/2026, 15:30 UTC');
  });

  it('leaves languages Intl knows to Intl', () => {
    expect(createTranslator('fr').t('photo.metadata.future', { taken: '2027-07-04' })).toContain('4 juillet 2027');
    expect(createTranslator('pt').t('photo.metadata.future', { taken: '2027-07-04' })).toContain('4 de julho de 2027');
  });
});

describe('saying which language is shown and why (issue 13)', () => {
  it('names the person’s first language when Listo does not ship it', () => {
    expect(pickLanguageWithReason(['de-DE', 'en-US'])).toEqual({ code: 'en', unshipped: 'de-DE' });
    expect(pickLanguageWithReason(['pa-PK', 'en-US'])).toEqual({ code: 'en', unshipped: 'pa-PK' });
    expect(pickLanguageWithReason(['mam'])).toEqual({ code: 'es', unshipped: 'mam' });
    expect(pickLanguageWithReason(['pt-BR', 'es'])).toEqual({ code: 'pt', unshipped: null });
    expect(pickLanguageWithReason([])).toEqual({ code: 'es', unshipped: null });
  });

  it('writes the language names in the shown language', () => {
    const es = createTranslator('es');
    const text = es.t('app.languageNotShipped', { requested: languageNameIn('de', 'es-MX'), shown: languageNameIn('es', 'es-MX') });
    expect(text).toBe('Listo todavía no está en alemán. Se muestra en español. Puede elegir otro idioma.');
    expect(languageNameIn('qqq', 'en')).toBe('qqq');
    expect(languageNameIn('not a tag!', 'en')).toBe('not a tag!');
  });
});
