import type { Message } from '../checks/finding';
import { formatMessage, type Params } from './format';
import { findLanguage, type Language, type LanguageCode } from './languages';
import { en, type Catalogue } from './messages/en/index';
import { es } from './messages/es/index';
import { ht } from './messages/ht/index';

export const CATALOGUES: Readonly<Record<LanguageCode, Catalogue>> = { en, es, ht };

export interface Translator {
  language: Language;
  /** Text of a message; a key missing from every catalogue is shown as the key, never as blank. */
  t(key: string, params?: Params): string;
  message(message: Message): string;
  has(key: string): boolean;
}

export function createTranslator(code: LanguageCode): Translator {
  const language = findLanguage(code) ?? findLanguage('en')!;
  const catalogue: Readonly<Record<string, string>> = CATALOGUES[code];
  const fallback: Readonly<Record<string, string>> = en;
  const lookup = (key: string): string | undefined => catalogue[key] ?? fallback[key];
  const zoneName = (zone: string): string | undefined => lookup(`zone.${zone}`);
  const t = (key: string, params: Params = {}): string => {
    const pattern = lookup(key);
    return pattern === undefined ? key : formatMessage(pattern, language.formatLocale, params, { zoneName });
  };
  return { language, t, message: (m) => t(m.key, m.params), has: (key) => lookup(key) !== undefined };
}
