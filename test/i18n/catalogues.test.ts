import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/index';
import { CATALOGUES, createTranslator } from '../../shared/catalogues';
import { isInheritable, type MessageKey } from '../../shared/i18n/catalogue';
import { formatMessage } from '../../shared/i18n/format';
import { findLanguage } from '../../shared/i18n/languages';
import { forDirection, translatorFor } from '../../shared/i18n/translator';
import { pluralGaps, shape } from './message-shape';

const english: Record<string, string> = CATALOGUES.en;
const englishKeys = (Object.keys(english) as MessageKey[]).sort();

/** The script each language is written in, where it is not Latin (\p{Script=…} names). */
const SCRIPTS: Readonly<Record<string, string>> = { ar: 'Arabic', hi: 'Devanagari', pa: 'Gurmukhi', zh: 'Han', ru: 'Cyrillic' };

describe('the list of languages', () => {
  it('ships the eleven languages of issue 9', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect([...codes].sort()).toEqual(['ar', 'en', 'es', 'fr', 'hi', 'ht', 'pa', 'pt', 'ru', 'tr', 'zh']);
    expect(new Set(codes).size).toBe(codes.length);
  });

  for (const language of LANGUAGES) {
    it(`${language.code} is named in its own script and has locales Intl knows`, () => {
      expect(language.nativeName.trim()).not.toBe('');
      expect(language.nativeName).toMatch(new RegExp(`^[\\p{Script=${SCRIPTS[language.code] ?? 'Latin'}}\\s()]+$`, 'u'));
      expect(Intl.getCanonicalLocales(language.formatLocale)).toHaveLength(1);
      expect(Intl.NumberFormat.supportedLocalesOf([language.formatLocale])).toHaveLength(1);
      expect(new Intl.Locale(language.formatLocale).language).toBe(language.code === 'ht' ? 'fr' : language.code);
      if (language.speechLang !== null) expect(new Intl.Locale(language.speechLang).language).toBe(language.code);
      expect(['source', 'reviewed', 'not-reviewed']).toContain(language.review);
      expect(language.review === 'source').toBe(language.code === 'en');
      expect(language.dir).toBe(language.code === 'ar' ? 'rtl' : 'ltr');
    });

    it(`${language.code} says "choose your language" on the first screen as its catalogue does`, () => {
      expect(language.chooseTitle).toBe(CATALOGUES[language.code]['flow.language.title']);
    });
  }
});

describe('message catalogues', () => {
  for (const language of LANGUAGES) {
    const catalogue: Record<string, string> = CATALOGUES[language.code];

    it(`${language.code} has exactly the English keys, less only inheritable proper nouns`, () => {
      const keys = Object.keys(catalogue);
      expect(keys.filter((key) => !(key in english)), 'keys English does not have').toEqual([]);
      const missing = englishKeys.filter((key) => !(key in catalogue));
      expect(missing.filter((key) => !isInheritable(key)), 'missing keys that may not be inherited').toEqual([]);
      if (missing.length > 0) {
        // One step of inheritance, from a complete catalogue (shared/i18n/catalogue.ts).
        const base = language.base === null ? undefined : findLanguage(language.base);
        expect(base, `${language.code} leaves out ${missing.length} keys, so it must name a base`).toBeDefined();
        expect(base!.base).toBeNull();
        const baseCatalogue: Record<string, string> = CATALOGUES[base!.code as keyof typeof CATALOGUES];
        expect(missing.filter((key) => !(key in baseCatalogue))).toEqual([]);
      }
    });

    it(`${language.code} keeps every placeholder of every message`, () => {
      const mismatches = Object.entries(english)
        .filter(([key, text]) => catalogue[key] !== undefined && shape(catalogue[key]).join(' ') !== shape(text).join(' '))
        .map(([key, text]) => ({ key, english: shape(text), translated: shape(catalogue[key]!) }));
      expect(mismatches).toEqual([]);
    });

    it(`${language.code} gives every plural form of ${language.formatLocale} (Intl.PluralRules) in every plural message`, () => {
      const gaps = Object.entries(catalogue)
        .map(([key, text]) => ({ key, missing: pluralGaps(text, language.formatLocale) }))
        .filter((gap) => gap.missing.length > 0);
      expect(gaps).toEqual([]);
    });

    const rtl = (language.dir as string) === 'rtl';
    it(`${language.code} is written in its own script${rtl ? ', with arrows that point the way it reads' : ''}`, () => {
      const script = SCRIPTS[language.code];
      if (script) {
        // Brand names, units and codes stay Latin; the words around them must not.
        const text = Object.entries(catalogue).filter(([key]) => !isInheritable(key)).map(([, value]) => value.replace(/\{[^{}]*\}/g, '')).join(' ');
        const letters = text.match(/\p{L}/gu) ?? [];
        const own = text.match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? [];
        expect(own.length / letters.length).toBeGreaterThan(0.6);
      }
      if (rtl) {
        // "Settings → System" reads backwards in Arabic: the translator shows menu paths right to left (←).
        const t = createTranslator(language.code);
        expect((Object.keys(catalogue) as MessageKey[]).filter((key) => t.t(key).includes('→'))).toEqual([]);
      }
    });

    it(`${language.code} has no empty message and every message renders`, () => {
      const t = createTranslator(language.code);
      const sample = { direction: 'ahead', unit: 'minutes', amount: 3, hours: 1, offset: -360, date: '2026-01-20', from: '2027-04-04', until: null, taken: '2015-01-20', days: 4254 };
      for (const key of englishKeys) {
        expect(t.has(key), key).toBe(true);
        expect(t.t(key, sample).trim(), key).toBeTruthy();
        if (catalogue[key] !== undefined) expect(() => formatMessage(catalogue[key]!, language.formatLocale, sample)).not.toThrow();
        expect(t.t(key, sample)).not.toMatch(/\{(direction|unit|amount|hours|offset|from|until|taken|days)[,}]/);
      }
    });
  }

  it('the shape check notices a dropped placeholder and a renamed select option', () => {
    expect(shape('{n, plural, one {# hour} other {# hours}} {direction, select, ahead {a} other {b}}')).not.toEqual(
      shape('{n, plural, one {# hora} other {# horas}} {direction, select, adelante {a} other {b}}'),
    );
    expect(shape('Zone {zone, zone}')).not.toEqual(shape('Zòn'));
    // A translation that always says "phone" loses the computer's words (issue 20).
    expect(shape('{device, select, computer {This computer} other {The phone}} is offline.')).not.toEqual(shape('El teléfono no tiene conexión.'));
  });

  it('the plural check fails for a catalogue missing a form (Arabic has six, Russian four)', () => {
    const sixForms = '{n, plural, zero {لا ساعات} one {ساعة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}';
    expect(pluralGaps(sixForms, 'ar')).toEqual([]);
    expect(pluralGaps('{n, plural, one {ساعة} other {# ساعة}}', 'ar').sort()).toEqual(['n:few', 'n:many', 'n:two', 'n:zero']);
    expect(pluralGaps('{n, plural, one {# час} few {# часа} other {# часа}}', 'ru')).toEqual(['n:many']);
    // An exact "=0" does not stand in for a category.
    expect(pluralGaps('{n, plural, =0 {none} other {#}}', 'en')).toEqual(['n:one']);
    expect(pluralGaps('{u, select, a {{n, plural, one {#} other {#}}} other {x}}', 'es-MX')).toEqual(['n:many']);
  });
});

/**
 * English messages that name the phone but need no device select, by reason. Any other message that says "phone"
 * must select on `device`, so the extension's "This computer" tab never calls the computer a phone (issue 20).
 * Fix steps (fix.*) have a variant per platform instead, and photo.* means the client's phone, where the photo is taken.
 */
const PHONE_WORDS_KEPT: Readonly<Record<string, readonly string[]>> = {
  // Whether the browser says it is a phone or tablet: a yes/no about the kind of device, right on a computer too.
  'the question "phone or tablet?"': ['evidence.mobile'],
  // A client's phone, shown to the volunteer: the console, the printed handout, the recorded demo phones.
  "a client's phone": [
    'console.tab.client',
    'console.client.typeCode',
    'console.client.error.empty',
    'console.client.origin.phone',
    'console.client.origin.not-run',
    'handout.title',
    'handout.openApp',
    'handout.checkedOn',
    'flow.demo.banner',
    'flow.trainer.intro',
    'scenario.stale-tzdata-mexico-city-2023.description',
    'scenario.approximate-location.description',
    'scenario.outside-area-tapachula-2024.description',
    'scenario.clock-one-hour-off.description',
    'scenario.everything-ready.description',
    'scenario.wrong-time-zone.description',
    'scenario.location-very-imprecise.description',
    'scenario.offline.description',
    'scenario.storage-full.title',
    'scenario.storage-full.description',
    'scenario.blurry-selfie.description',
    'scenario.face-cut-off.description',
    'scenario.face-too-small.description',
  ],
  // The phone app and the extension named side by side, or an app's own requirement ("a phone number").
  'the phone app itself': ['app.tagline', 'app.scamWarning', 'extension.description', 'options.pwaUrl.label', 'profile.cbpHome.status'],
  // The phone's own step ("Phone", "Check my phone"): the computer tab words it with flow.phone.*Computer (stepWords).
  'the phone step, worded by stepWords': ['flow.phone.title', 'flow.phone.action'],
  // Screens of the guided flow that only the phone shows: the PWA's install screen (the extension offers no install)
  // and the selfie coach (opened from the photo step's screen, which the computer tab, All results only, never shows).
  'flow screens only the phone shows': ['flow.install.intro', 'coach.intro', 'coach.failed.noCamera', 'coach.failed.unavailable'],
};

describe('words for a computer (issue 20)', () => {
  const kept = new Set(Object.values(PHONE_WORDS_KEPT).flat());
  const saysPhone = Object.entries(english).filter(([key, text]) => !/^(fix|photo)\./.test(key) && /\bphones?\b/i.test(text));

  it('every English message that says "phone" selects on the device, unless it truly means a phone', () => {
    const forgotten = saysPhone.filter(([key, text]) => !kept.has(key) && !shape(text).includes('device:select[computer,other]')).map(([key]) => key);
    expect(forgotten).toEqual([]);
  });

  it('keeps no stale exception: each kept key exists, says "phone" and has no device select', () => {
    const phoneKeys = new Set(saysPhone.filter(([, text]) => !shape(text).includes('device:select')).map(([key]) => key));
    expect([...kept].filter((key) => !phoneKeys.has(key))).toEqual([]);
  });

  it('says "phone" by default and "computer" when asked, in every language', () => {
    const params = { direction: 'ahead', unit: 'minutes', amount: 3, hours: 1, from: '2027-04-04', until: null, year: 2015, availableMB: 40, count: 1, app: 'CBP One' };
    for (const language of LANGUAGES) {
      const t = createTranslator(language.code);
      for (const [key] of saysPhone) {
        if (kept.has(key)) continue;
        const phone = t.t(key as MessageKey, params);
        expect(t.t(key as MessageKey, { ...params, device: 'phone' }), `${language.code} ${key}`).toBe(phone);
        expect(t.t(key as MessageKey, { ...params, device: 'computer' }), `${language.code} ${key}`).not.toBe(phone);
      }
    }
  });
});

describe('the fallback rule (shared/i18n/catalogue.ts)', () => {
  it('mirrors menu-path arrows in right-to-left text only', () => {
    expect(forDirection('الإعدادات → النظام', 'rtl')).toBe('الإعدادات ← النظام');
    expect(forDirection('Settings → System', 'ltr')).toBe('Settings → System');
  });

  it('lets only proper nouns inherit', () => {
    expect(isInheritable('zone.America/Tijuana')).toBe(true);
    expect(isInheritable('app.name')).toBe(true);
    expect(isInheritable('profile.cbpOne.name')).toBe(true);
    expect(isInheritable('time.zone.pass')).toBe(false);
    expect(isInheritable('fix.location.allow-site.android.1')).toBe(false);
    expect(isInheritable('platform.laptop')).toBe(false);
  });

  it('reads an inherited proper noun from the base, and never a sentence', () => {
    const t = translatorFor('es', { 'time.zone.substitute': 'Zona {deviceZone, zone} / {expectedZone, zone}' }, CATALOGUES.en);
    expect(t.t('time.zone.substitute', { deviceZone: 'America/Tijuana', expectedZone: 'America/Merida' })).toBe('Zona Tijuana / Mérida');
    expect(t.t('app.name')).toBe('Listo');
    expect(t.has('time.clock.pass')).toBe(false);
    expect(t.t('time.clock.pass')).toBe('time.clock.pass');
  });
});
