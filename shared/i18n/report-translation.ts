import { findLanguage, type Language, type ReviewStatus } from './languages';
import type { Translator } from './translator';

/**
 * "Report a wrong translation": a message the person fills in and sends
 * themselves, through the share sheet (navigator.share) or by copying it.
 * Listo makes no network call; this only builds the text. Pure, so the shell
 * decides how to share it.
 *
 * The person's part (what is wrong, what it should say) is in their language;
 * the facts a maintainer needs to find the message (language, key, current
 * text, version) are plain and in English, so anyone can route the report.
 */

export interface TranslationReportInput {
  /** The message key whose text is wrong, such as "fix.location.allow-site.android.1". */
  key: string;
  /** The app version (package.json), so the report names the text that was shown. */
  appVersion: string;
  /** Where the text was seen (a check id or screen), when the shell knows it. */
  where?: string;
}

export interface TranslationReport {
  /** For navigator.share({ title }) and an e-mail subject. */
  title: string;
  /** The whole message, ready to share or copy. */
  text: string;
}

export function buildTranslationReport(translator: Translator, input: TranslationReportInput): TranslationReport {
  const language = translator.language;
  const current = translator.has(input.key) ? translator.t(input.key) : '';
  const title = `Listo ${input.appVersion}: ${translator.t('report.title')} (${language.code})`;
  const lines = [
    translator.t('report.title'),
    '',
    `Language: ${language.code} (${language.englishName}, ${language.nativeName})`,
    `Key: ${input.key}`,
    ...(input.where ? [`Where: ${input.where}`] : []),
    `Version: ${input.appVersion}`,
    `Review: ${language.review}`,
    '',
    `${translator.t('report.current')}:`,
    // Placeholders left as the catalogue has them would say more, but the person saw the filled-in text.
    current,
    '',
    `${translator.t('report.shouldSay')}:`,
    '',
    '',
    `${translator.t('report.why')}:`,
    '',
  ];
  return { title, text: lines.join('\n') };
}

/** The message key that tells, on the About screen, whether a speaker has reviewed the language. */
export function reviewStatusKey(language: Pick<Language, 'review'> | undefined): `about.review.${ReviewStatus}` {
  return `about.review.${language?.review ?? 'not-reviewed'}`;
}

/** Every language with its review status key, for the About screen's list. */
export function reviewStatuses(codes: readonly string[]): Array<{ code: string; nativeName: string; key: ReturnType<typeof reviewStatusKey> }> {
  return codes.flatMap((code) => {
    const language = findLanguage(code);
    return language ? [{ code, nativeName: language.nativeName, key: reviewStatusKey(language) }] : [];
  });
}
