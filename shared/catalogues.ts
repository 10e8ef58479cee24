/**
 * Every catalogue at once: an entry for tests and tools, beside shared/index.ts
 * (which carries none). The shells load only the language shown
 * (i18n/load-translator.ts). Vite (and vitest) read the files.
 * CATALOGUES holds each file as it is: a catalogue with a base may lack the
 * proper nouns it inherits (i18n/catalogue.ts); createTranslator resolves them.
 */
import type { Catalogue } from './i18n/catalogue';
import { LANGUAGES, findLanguage, type LanguageCode } from './i18n/languages';
import { translatorFor, type Translator } from './i18n/translator';

export type { Translator } from './i18n/translator';
export type { Catalogue, MessageKey } from './i18n/catalogue';

const files = import.meta.glob<Catalogue>('./i18n/messages/*.json', { eager: true, import: 'default' });

function file(code: string): Catalogue {
  const catalogue = files[`./i18n/messages/${code}.json`];
  if (!catalogue) throw new Error(`LANGUAGES lists ${code}, but shared/i18n/messages/${code}.json does not exist`);
  return catalogue;
}

export const CATALOGUES = Object.fromEntries(LANGUAGES.map((language) => [language.code, file(language.code)])) as Readonly<
  Record<LanguageCode, Catalogue>
>;

export function createTranslator(code: LanguageCode): Translator {
  const base = findLanguage(code)?.base ?? null;
  return translatorFor(code, CATALOGUES[code], base ? file(base) : undefined);
}
