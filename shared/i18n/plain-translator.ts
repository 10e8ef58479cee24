import type { MessageKey } from './catalogue';
import { findLanguage, type LanguageCode } from './languages';
import type { Translator } from './translator';

/**
 * A translator over a few sentences that take no parameters: the language
 * screen's title and the app's name, drawn before the catalogue and the
 * message formatter (translator.ts, format.ts) have loaded. Those load beside
 * the catalogue, so a first visit's first screen does not wait for them
 * (issue 21: first load). A key it lacks shows as the key, as translatorFor's do.
 */
export function plainTranslator(code: LanguageCode, words: Readonly<Partial<Record<MessageKey, string>>>): Translator {
  const language = findLanguage(code) ?? findLanguage('en')!;
  const t = (key: MessageKey): string => words[key] ?? key;
  return { language, t, message: (message) => t(message.key), has: (key): key is MessageKey => key in words };
}
