import type { LanguageCode } from '../../shared/index';

/**
 * The languages every profile and scenario text is written in now; the other
 * shipped languages are added later by translators from these keys.
 */
export const LANGUAGES_WITH_EVERY_KEY: readonly LanguageCode[] = ['en', 'es', 'ht'];
