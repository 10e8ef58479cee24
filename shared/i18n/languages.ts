export type Direction = 'ltr' | 'rtl';

export interface Language {
  code: string;
  /** The language's own name, as its speakers look for it in a list. */
  nativeName: string;
  dir: Direction;
  /** Locale used for numbers, dates and plural rules (Haitian dates read like French ones). */
  formatLocale: string;
  /** Language tag for read-aloud; null when phones have no voice for it (never read Creole with a French voice). */
  speechLang: string | null;
}

export const LANGUAGES = [
  { code: 'es', nativeName: 'Español', dir: 'ltr', formatLocale: 'es-MX', speechLang: 'es-MX' },
  { code: 'en', nativeName: 'English', dir: 'ltr', formatLocale: 'en-US', speechLang: 'en-US' },
  { code: 'ht', nativeName: 'Kreyòl ayisyen', dir: 'ltr', formatLocale: 'fr-HT', speechLang: null },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/** The first shipped language among the person's preferred ones (navigator.languages), else Spanish. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    const match = LANGUAGES.find((language) => language.code === base);
    if (match) return match.code;
  }
  return 'es';
}
