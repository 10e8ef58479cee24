import type { Message } from '../checks/finding';
import { isInheritable, type MessageKey } from './catalogue';
import { formatMessage, intlHasWordsFor, type FormatOptions, type Params } from './format';
import { findLanguage, type Language, type LanguageCode } from './languages';

export interface Translator {
  language: Language;
  /** Text of a message; a key missing from the catalogue is shown as the key, never as blank. */
  t(key: MessageKey, params?: Params): string;
  message(message: Message): string;
  /** Whether the catalogue has the key: how a key built at run time becomes a `MessageKey`. */
  has(key: string): key is MessageKey;
}

type Lookup = Readonly<Record<string, string | undefined>>;

/**
 * A translator over one language's catalogue. Every catalogue has all of
 * English's keys except proper nouns it may inherit from its base
 * (catalogue.ts, isInheritable; test/i18n/catalogues.test.ts): only those are
 * looked up in `base`, so a missing sentence never turns into English.
 */
export function translatorFor(code: LanguageCode, catalogue: Lookup, base?: Lookup): Translator {
  const language = findLanguage(code) ?? findLanguage('en')!;
  const lookup = (key: string): string | undefined => catalogue[key] ?? (base && isInheritable(key) ? base[key] : undefined);
  // Asked on the first date, not up front: the browser's first supportedLocalesOf call loads locale data
  // (about 50 ms on a slow phone) that the first screen, which shows no date, would otherwise wait for.
  let intlHasWords: boolean | undefined;
  const ownWords = () => !(intlHasWords ??= intlHasWordsFor(language.code));
  const options: FormatOptions = {
    zoneName: (zone) => lookup(`zone.${zone}`),
    // Months and relative time from the catalogue's own words only where Intl has none for the language itself.
    ago: (amount, unit) => (!ownWords() || lookup('time.ago') === undefined ? undefined : t('time.ago', { amount, unit })),
    dateWords: (year, month, day) => (!ownWords() || lookup('time.date') === undefined ? undefined : t('time.date', { year: String(year), month: String(month), day })),
  };
  const t = (key: string, params: Params = {}): string => {
    const pattern = lookup(key);
    return pattern === undefined ? key : forDirection(formatMessage(pattern, language.formatLocale, params, options), language.dir);
  };
  return { language, t, message: (m) => t(m.key, m.params), has: (key): key is MessageKey => lookup(key) !== undefined };
}

/**
 * Menu paths ("Settings → System") point the way the text reads: in right-to-left
 * text the arrow is mirrored (←), so a catalogue translated from English may keep →.
 */
export function forDirection(text: string, dir: Language['dir']): string {
  return dir === 'rtl' ? text.replaceAll('→', '←') : text;
}
