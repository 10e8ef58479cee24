import type { Catalogue } from './catalogue';
import type { LanguageCode } from './languages';
import { translatorFor, type Translator } from './translator';

// One chunk per language file: a phone downloads only the language it shows (all are precached for offline).
const files = import.meta.glob<Catalogue>('./messages/*.json', { import: 'default' });

const loaded = new Map<LanguageCode, Translator>();

export async function loadTranslator(code: LanguageCode): Promise<Translator> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const load = files[`./messages/${code}.json`];
  if (!load) throw new Error(`no catalogue for ${code}`);
  const translator = translatorFor(code, await load());
  loaded.set(code, translator);
  return translator;
}

/** A translator already loaded, for drawing without waiting. */
export function loadedTranslator(code: LanguageCode): Translator | undefined {
  return loaded.get(code);
}
