import { LANGUAGES, type LanguageCode } from '../i18n/languages';
import type { Translator } from '../i18n/translator';
import type { Profile } from '../profiles/profile';
import { h } from './dom';

/** Language names are written in their own language, so a person finds theirs whatever is shown. */
export function renderLanguagePicker(translator: Translator, onChange: (code: LanguageCode) => void): HTMLElement {
  const select = h(
    'select',
    { id: 'language', onchange: () => onChange(select.value as LanguageCode) },
    ...LANGUAGES.map((language) =>
      h('option', { value: language.code, lang: language.code, selected: language.code === translator.language.code }, language.nativeName),
    ),
  );
  return h('div', { class: 'field' }, h('label', { for: 'language' }, translator.t('app.language')), select);
}

export function renderProfileStatus(translator: Translator, profile: Profile): HTMLElement {
  return h(
    'aside',
    { class: 'profile-status' },
    h('p', {}, h('strong', {}, translator.t(profile.name)), ' · ', translator.t('app.asOf', { date: profile.asOf })),
    h('p', {}, translator.t(profile.status.key)),
  );
}

/** Sets the page's language and direction, so screen readers and right-to-left scripts follow. */
export function applyLanguage(root: HTMLElement, translator: Translator): void {
  root.lang = translator.language.code;
  root.dir = translator.language.dir;
}
