import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/index';
import {
  CHROME_LOCALES,
  CHROME_LOCALE_OF,
  EXTENSION_MESSAGES,
  catalogueFromDisk,
  planExtensionLocales,
} from '../../scripts/make-extension-locales';

const english = catalogueFromDisk('en')!;

describe('the extension _locales generator', () => {
  it('gives every shipped language a Chrome locale, or says why not', () => {
    const plan = planExtensionLocales(LANGUAGES, catalogueFromDisk);
    const covered = [...plan.files.map((f) => f.code), ...plan.dropped.map((d) => d.code)].sort();
    expect(covered).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const file of plan.files) expect(CHROME_LOCALES).toContain(file.locale);
    expect(plan.files.find((f) => f.locale === 'en')).toBeDefined();
  });

  it('takes the name, description and menu item from the catalogues, translated where the catalogue has them', () => {
    const plan = planExtensionLocales(LANGUAGES, catalogueFromDisk);
    const es = plan.files.find((f) => f.code === 'es')!;
    expect(es.locale).toBe('es');
    expect(es.fromEnglish).toEqual([]);
    expect(es.messages.extName.message).toBe(catalogueFromDisk('es')!['extension.name']);
    expect(es.messages.contextMenuCheckPhoto.message).toBe('Revisar esta foto con Listo');
    const en = plan.files.find((f) => f.code === 'en')!;
    expect(Object.keys(en.messages).sort()).toEqual(Object.keys(EXTENSION_MESSAGES).sort());
    for (const file of plan.files) {
      expect([...file.messages.extName.message].length).toBeLessThanOrEqual(75);
      expect([...file.messages.extDescription.message].length).toBeLessThanOrEqual(132);
    }
  });

  it("maps our codes to Chrome's folder names, and drops what Chrome has no locale for", () => {
    const plan = planExtensionLocales([{ code: 'en' }, { code: 'pt' }, { code: 'zh' }, { code: 'ht' }, { code: 'pa' }], () => english);
    expect(plan.files.map((f) => f.locale)).toEqual(['en', 'pt_BR', 'zh_CN']);
    expect(plan.dropped.map((d) => d.code)).toEqual(['ht', 'pa']);
    for (const [code, locale] of Object.entries(CHROME_LOCALE_OF)) if (locale) expect(CHROME_LOCALES, code).toContain(locale);
  });

  it('falls back to English, and says so, for a catalogue without the keys', () => {
    const plan = planExtensionLocales([{ code: 'en' }, { code: 'fr' }], (code) => (code === 'en' ? english : { 'extension.name': 'Listo : console bénévoles' }));
    const fr = plan.files.find((f) => f.code === 'fr')!;
    expect(fr.messages.extName.message).toBe('Listo : console bénévoles');
    expect(fr.messages.extDescription.message).toBe(english['extension.description']);
    expect(fr.fromEnglish).toEqual(['extension.description', 'extension.contextMenu.checkPhoto']);
  });

  it("writes a dollar sign as Chrome's $$, and refuses a name Chrome would cut", () => {
    const withDollar = { ...english, 'extension.name': 'Listo $1' };
    expect(planExtensionLocales([{ code: 'en' }], () => withDollar).files[0]!.messages.extName.message).toBe('Listo $$1');
    expect(() => planExtensionLocales([{ code: 'en' }], () => ({ ...english, 'extension.name': 'x'.repeat(76) }))).toThrow(/longer/);
  });
});
