import type { Message } from '../checks/finding';
import { formatMessage, type Params } from './format';
import { findLanguage, type Language, type LanguageCode } from './languages';

export interface Translator {
  language: Language;
  /** Text of a message; a key missing from the catalogue is shown as the key, never as blank. */
  t(key: string, params?: Params): string;
  message(message: Message): string;
  has(key: string): boolean;
}

/** A translator over one language's catalogue (every catalogue has all keys: test/i18n/catalogues.test.ts). */
export function translatorFor(code: LanguageCode, catalogue: Readonly<Record<string, string>>): Translator {
  const language = findLanguage(code) ?? findLanguage('en')!;
  const lookup = (key: string): string | undefined => catalogue[key];
  const zoneName = (zone: string): string | undefined => lookup(`zone.${zone}`);
  const t = (key: string, params: Params = {}): string => {
    const pattern = lookup(key);
    return pattern === undefined ? key : formatMessage(pattern, language.formatLocale, params, { zoneName });
  };
  return { language, t, message: (m) => t(m.key, m.params), has: (key) => lookup(key) !== undefined };
}
