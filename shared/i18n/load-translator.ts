import type { Catalogue } from './catalogue';
import { findLanguage, type LanguageCode } from './languages';
import type { Translator } from './translator';

// One chunk per language file: a phone downloads only the language it shows (all are precached for offline),
// and its base only when the catalogue inherits proper nouns from one (catalogue.ts, isInheritable).
const files = import.meta.glob<Catalogue>('./messages/*.json', { import: 'default' });

const loaded = new Map<LanguageCode, Translator>();

async function loadFile(code: string): Promise<Catalogue> {
  const load = files[`./messages/${code}.json`];
  if (!load) throw new Error(`no catalogue for ${code}`);
  return load();
}

export async function loadTranslator(code: LanguageCode): Promise<Translator> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const base = findLanguage(code)?.base ?? null;
  // The formatter comes with the catalogue, not in the first load: the first screen needs neither (plain-translator.ts).
  const [catalogue, baseCatalogue, { translatorFor }] = await Promise.all([loadFile(code), base ? loadFile(base) : undefined, import('./translator')]);
  const translator = translatorFor(code, catalogue, baseCatalogue);
  loaded.set(code, translator);
  return translator;
}

/** A translator already loaded, for drawing without waiting. */
export function loadedTranslator(code: LanguageCode): Translator | undefined {
  return loaded.get(code);
}
