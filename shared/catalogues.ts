/**
 * Every catalogue at once: an entry for tests and tools, beside shared/index.ts
 * (which carries none). The shells load only the language shown
 * (i18n/load-translator.ts). Vite (and vitest) read the files.
 */
import type { Catalogue } from './i18n/catalogue';
import { LANGUAGES, type LanguageCode } from './i18n/languages';
import { translatorFor, type Translator } from './i18n/translator';

export type { Translator } from './i18n/translator';
export type { Catalogue, MessageKey } from './i18n/catalogue';

const files = import.meta.glob<Catalogue>('./i18n/messages/*.json', { eager: true, import: 'default' });

export const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [language.code, files[`./i18n/messages/${language.code}.json`]!]),
) as Readonly<Record<LanguageCode, Catalogue>>;

export function createTranslator(code: LanguageCode): Translator {
  return translatorFor(code, CATALOGUES[code]);
}
