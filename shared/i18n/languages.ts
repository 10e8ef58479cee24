export type Direction = 'ltr' | 'rtl';

/**
 * 'reviewed': a native speaker has read the whole catalogue; 'not-reviewed':
 * written without one (machine-aided or by a non-native writer), and the
 * About screen says so. 'source': the reference catalogue (English).
 */
export type ReviewStatus = 'source' | 'reviewed' | 'not-reviewed';

export interface Language {
  /** Catalogue file name (messages/<code>.json) and the value remembered on the phone. */
  code: string;
  /** The language's own name, in its own script, as its speakers look for it in a list. */
  nativeName: string;
  /** The English name, for volunteers and for translation reports. */
  englishName: string;
  dir: Direction;
  /** Locale used for numbers, dates, plural rules and relative time (Haitian dates read like French ones). */
  formatLocale: string;
  /**
   * Language tag put on read-aloud utterances. A voice is used only where the
   * phone has one for this very language (ui/read-aloud.ts); null where phones
   * have none at all (never read Creole with a French voice).
   */
  speechLang: string | null;
  review: ReviewStatus;
  /**
   * The catalogue whose proper nouns this one inherits (catalogue.ts,
   * isInheritable); null when the catalogue is complete. A phone then loads
   * both files, so keep this null unless the catalogue really omits keys.
   */
  base: string | null;
  /**
   * "Choose your language" in the language itself: the first screen shows it
   * before any catalogue has arrived (a slow line). Equal to the catalogue's
   * flow.language.title (test/i18n/catalogues.test.ts).
   */
  chooseTitle: string;
}

/**
 * Every shipped language, in the order the language list shows them. This
 * list drives the catalogue test, the loaders and the language list.
 *
 * es and ht were written without a native speaker's review (the project has
 * no record of one), so they say 'not-reviewed' like the others.
 */
export const LANGUAGES = [
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr', formatLocale: 'es-MX', speechLang: 'es-MX', review: 'not-reviewed', base: null, chooseTitle: 'Elija su idioma' },
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', formatLocale: 'en-US', speechLang: 'en-US', review: 'source', base: null, chooseTitle: 'Choose your language' },
  { code: 'ht', nativeName: 'Kreyòl ayisyen', englishName: 'Haitian Creole', dir: 'ltr', formatLocale: 'fr-HT', speechLang: null, review: 'not-reviewed', base: null, chooseTitle: 'Chwazi lang ou' },
  { code: 'pt', nativeName: 'Português (Brasil)', englishName: 'Portuguese (Brazil)', dir: 'ltr', formatLocale: 'pt-BR', speechLang: 'pt-BR', review: 'not-reviewed', base: null, chooseTitle: 'Escolha seu idioma' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', dir: 'ltr', formatLocale: 'fr-FR', speechLang: 'fr-FR', review: 'not-reviewed', base: null, chooseTitle: 'Choisissez votre langue' },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', dir: 'ltr', formatLocale: 'ru-RU', speechLang: 'ru-RU', review: 'not-reviewed', base: null, chooseTitle: 'Выберите язык' },
  // Simplified Chinese for the mainland; Traditional tags (zh-TW, zh-HK, zh-Hant) also get it (matchLanguage).
  { code: 'zh', nativeName: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', formatLocale: 'zh-CN', speechLang: 'zh-CN', review: 'not-reviewed', base: null, chooseTitle: '选择你的语言' },
  { code: 'hi', nativeName: 'हिन्दी', englishName: 'Hindi', dir: 'ltr', formatLocale: 'hi-IN', speechLang: 'hi-IN', review: 'not-reviewed', base: null, chooseTitle: 'अपनी भाषा चुनें' },
  // Gurmukhi script (India). Some Android phones have a pa-IN voice, many do not: read-aloud uses one only where it exists.
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', englishName: 'Punjabi (Gurmukhi)', dir: 'ltr', formatLocale: 'pa-IN', speechLang: 'pa-IN', review: 'not-reviewed', base: null, chooseTitle: 'ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ' },
  { code: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', dir: 'ltr', formatLocale: 'tr-TR', speechLang: 'tr-TR', review: 'not-reviewed', base: null, chooseTitle: 'Dilinizi seçin' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', formatLocale: 'ar', speechLang: 'ar', review: 'not-reviewed', base: null, chooseTitle: 'اختر لغتك' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** The reference catalogue: every other one is measured against it. */
export const SOURCE_LANGUAGE = 'en' satisfies LanguageCode;

/** Shown when none of the person's languages is shipped: most people Listo serves read Spanish. */
export const DEFAULT_LANGUAGE = 'es' satisfies LanguageCode;

export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

export function isLanguageCode(code: unknown): code is LanguageCode {
  return typeof code === 'string' && LANGUAGES.some((language) => language.code === code);
}

/**
 * Tags a shipped catalogue cannot serve although the language subtag matches:
 * Punjabi in Shahmukhi (Arabic script, Pakistan) cannot read our Gurmukhi.
 */
const UNSERVED = [/^pa-(arab|pk)\b/];

/**
 * The shipped language for one BCP 47 tag (as in navigator.languages), or
 * undefined. Matching is by language subtag: pt-PT → pt (Brazilian, the
 * closest we have), fr-CA → fr. Chinese in Traditional script (zh-TW, zh-HK,
 * zh-MO, zh-Hant) → zh, our Simplified catalogue: there is no Traditional
 * one, most readers of Traditional can read Simplified, and Chinese asylum
 * seekers at the border mostly come from the mainland; the language list is
 * always there to choose another.
 */
export function matchLanguage(tag: string): LanguageCode | undefined {
  const normal = tag.trim().toLowerCase().replaceAll('_', '-');
  if (UNSERVED.some((pattern) => pattern.test(normal))) return undefined;
  const base = normal.split('-')[0] ?? '';
  const match = LANGUAGES.find((language) => language.code === base);
  return match?.code;
}

/** The first shipped language among the person's preferred ones (navigator.languages), else Spanish. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  return pickLanguageWithReason(preferred).code;
}

export interface LanguagePick {
  code: LanguageCode;
  /**
   * The person's first language when Listo does not ship it and shows another
   * (issue 13: a French phone silently got Spanish). The shell then says which
   * language is shown and why, and offers the list (app.languageNotShipped).
   * null when the first preferred language is the one shown.
   */
  unshipped: string | null;
}

export function pickLanguageWithReason(preferred: readonly string[]): LanguagePick {
  const first = preferred[0] ?? null;
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return { code: match, unshipped: first !== null && matchLanguage(first) === undefined ? first : null };
  }
  return { code: DEFAULT_LANGUAGE, unshipped: first };
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language tag's name in the shown language ("mam" → "Mam", "de" → "alemán"), or the tag where Intl does not know it. */
export function languageNameIn(tag: string, locale: string): string {
  if (!displayNames.has(locale)) {
    displayNames.set(locale, typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }) : null);
  }
  try {
    return displayNames.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
