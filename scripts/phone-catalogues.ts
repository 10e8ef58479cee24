import type { Plugin } from 'vite';
import { isExtensionOnly } from '../shared/i18n/catalogue';

const CATALOGUE_FILE = /\/shared\/i18n\/messages\/[\w-]+\.json$/;

/** A catalogue as the PWA ships it: without the messages only the extension shows (shared/i18n/catalogue.ts). */
export function phoneCatalogue(catalogue: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => !isExtensionOnly(key)));
}

/** The PWA build's catalogues, trimmed before vite's JSON plugin turns them into modules. */
export function phoneCatalogues(): Plugin {
  return {
    name: 'listo:phone-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE_FILE.test(id)) return null;
      return { code: JSON.stringify(phoneCatalogue(JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}
