import type { LanguageCode } from './languages';
import { en, type Catalogue } from './messages/en/index';
import { es } from './messages/es/index';
import { ht } from './messages/ht/index';
import { translatorFor, type Translator } from './translator';

export type { Translator } from './translator';

/** Every catalogue at once, for tests and tools; the shells load only the language shown (load-translator.ts). */
export const CATALOGUES: Readonly<Record<LanguageCode, Catalogue>> = { en, es, ht };

export function createTranslator(code: LanguageCode): Translator {
  return translatorFor(code, CATALOGUES[code]);
}
