import type { LanguageCode } from './languages';
import type { Catalogue } from './messages/en/index';
import { translatorFor, type Translator } from './translator';

// One chunk per language: a phone downloads only the language it shows (all are precached for offline).
const LOADERS: Record<LanguageCode, () => Promise<Catalogue>> = {
  en: () => import('./messages/en/index').then((m) => m.en),
  es: () => import('./messages/es/index').then((m) => m.es),
  ht: () => import('./messages/ht/index').then((m) => m.ht),
};

const loaded = new Map<LanguageCode, Translator>();

export async function loadTranslator(code: LanguageCode): Promise<Translator> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const translator = translatorFor(code, await LOADERS[code]());
  loaded.set(code, translator);
  return translator;
}

/** A translator already loaded, for drawing without waiting. */
export function loadedTranslator(code: LanguageCode): Translator | undefined {
  return loaded.get(code);
}
