import type { Translator } from '../i18n/translator';

/** Sets the page's language and direction, so screen readers and right-to-left scripts follow. */
export function applyLanguage(root: HTMLElement, translator: Translator): void {
  root.lang = translator.language.code;
  root.dir = translator.language.dir;
}
