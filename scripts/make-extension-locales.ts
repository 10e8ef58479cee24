/**
 * The extension's _locales/<locale>/messages.json, made from shared/i18n: the
 * name, description and photo menu item Chrome shows in its own language (the
 * extensions page, the toolbar, the context menu). `npm run build` emits them
 * through extensionLocalesPlugin() in vite.config.ts; `tsx
 * scripts/make-extension-locales.ts` prints what would be emitted.
 *
 * Chrome names locales its own way (pt_BR, zh_CN). We emit only the locales
 * Chrome documents (https://developer.chrome.com/docs/extensions/reference/api/i18n#locales,
 * the Chrome Web Store list): Chromium 156 loads an extension with an unknown
 * folder such as ht or pa (checked by hand here), but the store validates
 * every folder, and no Chrome runs in Haitian Creole. A dropped language is
 * listed in `dropped`, and Chrome then shows the English name.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../shared/i18n/languages';

/** Chrome's documented locale codes. */
export const CHROME_LOCALES = [
  'ar', 'am', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'en_AU', 'en_GB', 'en_US', 'es', 'es_419', 'et', 'fa', 'fi', 'fil',
  'fr', 'gu', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'kn', 'ko', 'lt', 'lv', 'ml', 'mr', 'ms', 'nl', 'no', 'pl', 'pt_BR',
  'pt_PT', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tr', 'uk', 'vi', 'zh_CN', 'zh_TW',
] as const;

/** Our catalogue code → Chrome's locale folder; null where Chrome has no such locale. */
export const CHROME_LOCALE_OF: Readonly<Record<string, string | null>> = {
  en: 'en',
  es: 'es',
  pt: 'pt_BR',
  fr: 'fr',
  ru: 'ru',
  zh: 'zh_CN',
  hi: 'hi',
  tr: 'tr',
  ar: 'ar',
  ht: null,
  pa: null,
};

/** The messages Chrome reads, and the catalogue key each comes from. */
export const EXTENSION_MESSAGES = {
  extName: { key: 'extension.name', description: 'Name of the extension (at most 75 characters).', max: 75 },
  extDescription: { key: 'extension.description', description: 'Description on the extensions page (at most 132 characters).', max: 132 },
  contextMenuCheckPhoto: { key: 'extension.contextMenu.checkPhoto', description: 'Context-menu item on an image.', max: 300 },
} as const;

export type ChromeMessages = Record<keyof typeof EXTENSION_MESSAGES, { message: string; description: string }>;

export interface LocaleFile {
  /** Our language code. */
  code: string;
  /** Chrome's folder name under _locales/. */
  locale: string;
  messages: ChromeMessages;
  /** Catalogue keys this language lacks, taken from English. */
  fromEnglish: string[];
}

export interface LocalesPlan {
  files: LocaleFile[];
  dropped: Array<{ code: string; reason: string }>;
}

type CatalogueOf = (code: string) => Readonly<Record<string, string>> | undefined;

/** `$` starts a placeholder in Chrome's messages; `$$` is a literal dollar sign. */
function chromeText(text: string): string {
  return text.replaceAll('$', '$$$$');
}

/** What _locales holds for these languages (pure: catalogues are passed in). */
export function planExtensionLocales(languages: ReadonlyArray<{ code: string }>, catalogueOf: CatalogueOf): LocalesPlan {
  const english = catalogueOf('en');
  if (!english) throw new Error('no English catalogue: the extension needs _locales/en');
  const files: LocaleFile[] = [];
  const dropped: LocalesPlan['dropped'] = [];
  const codes = languages.some((l) => l.code === 'en') ? languages.map((l) => l.code) : ['en', ...languages.map((l) => l.code)];
  for (const code of codes) {
    const locale = CHROME_LOCALE_OF[code] ?? null;
    if (locale === null || !(CHROME_LOCALES as readonly string[]).includes(locale)) {
      dropped.push({ code, reason: `Chrome has no ${code} locale: Chrome shows the English name` });
      continue;
    }
    const catalogue = catalogueOf(code) ?? {};
    const fromEnglish: string[] = [];
    const messages = {} as ChromeMessages;
    for (const [name, { key, description, max }] of Object.entries(EXTENSION_MESSAGES) as Array<[keyof ChromeMessages, (typeof EXTENSION_MESSAGES)[keyof ChromeMessages]]>) {
      let text = catalogue[key];
      if (text === undefined || text.trim() === '') {
        text = english[key];
        fromEnglish.push(key);
      }
      if (text === undefined) throw new Error(`the English catalogue has no ${key}`);
      if ([...text].length > max) throw new Error(`${code} ${key} is longer than Chrome allows (${max})`);
      messages[name] = { message: chromeText(text), description };
    }
    files.push({ code, locale, messages, fromEnglish });
  }
  return { files, dropped };
}

const MESSAGES_DIR = fileURLToPath(new URL('../shared/i18n/messages/', import.meta.url));

/** A catalogue file as it is on disk, or undefined where the language has none. */
export function catalogueFromDisk(code: string): Record<string, string> | undefined {
  const path = `${MESSAGES_DIR}${code}.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : undefined;
}

/** The build step: emits _locales/<locale>/messages.json for every language in LANGUAGES. */
export function extensionLocalesPlugin(): Plugin {
  return {
    name: 'listo:extension-locales',
    apply: 'build',
    buildStart() {
      for (const { code } of LANGUAGES) this.addWatchFile(`${MESSAGES_DIR}${code}.json`);
    },
    generateBundle() {
      const plan = planExtensionLocales(LANGUAGES, catalogueFromDisk);
      for (const file of plan.files) {
        this.emitFile({ type: 'asset', fileName: `_locales/${file.locale}/messages.json`, source: `${JSON.stringify(file.messages, null, 2)}\n` });
        if (file.fromEnglish.length > 0) this.warn(`_locales/${file.locale}: ${file.fromEnglish.join(', ')} from English`);
      }
      for (const { code, reason } of plan.dropped) this.info?.(`_locales: ${code} not emitted (${reason})`);
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const plan = planExtensionLocales(LANGUAGES, catalogueFromDisk);
  for (const file of plan.files) console.log(`${file.code} → _locales/${file.locale}${file.fromEnglish.length ? ` (from English: ${file.fromEnglish.join(', ')})` : ''}`);
  for (const { code, reason } of plan.dropped) console.log(`${code} → dropped: ${reason}`);
}
