import { isLanguageCode, pickLanguage, type LanguageCode } from '../../shared/index';

/**
 * The console's language: the one stored by the options page when it is a
 * shipped language, else the browser's. Stored text is anybody's (an older
 * build, a hand edit, `ES`, `__proto__`): a value that is not exactly a
 * shipped code must not stop the console from mounting (issue 23).
 */
export function panelLanguage(stored: string | null, browserLanguages: readonly string[]): LanguageCode {
  return isLanguageCode(stored) ? stored : pickLanguage(browserLanguages);
}
