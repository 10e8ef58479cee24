import type english from './messages/en.json';

/**
 * A language's messages: one flat JSON file per language in messages/, keyed
 * like English, the reference catalogue. Translation tools read and write
 * these files as they are.
 */
export type MessageKey = keyof typeof english;
export type Catalogue = Readonly<Record<MessageKey, string>>;
/** A catalogue as read from its file: an inheriting one may lack proper nouns. */
export type PartialCatalogue = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * The fallback rule, instead of copies.
 *
 * Every catalogue has exactly English's keys, with one exception: a key that
 * names a proper noun which is usually written the same in the language may
 * be left out, and is then read from the language's base catalogue
 * (`Language.base`, English unless a language names another complete one).
 * The inheritable keys are:
 *
 * - `zone.<tz id>`: the city a time zone is named after ("Tijuana",
 *   "Monterrey"). Phones list zones by city, and most of these cities keep
 *   their Spanish name in every Latin-script language. A language whose
 *   phones write the city otherwise (Cidade do México, Мехико, 墨西哥城)
 *   must give it: leaving it out would point the person at a name their
 *   phone does not show.
 * - `app.name` (Listo), `profile.cbpOne.name` (CBP One), `platform.android`
 *   and `platform.iphone`: brand names that phones show untranslated.
 *
 * Nothing else inherits: a missing sentence is an error the catalogue test
 * reports, never a silent fall back into English. A language that leaves out
 * any key must name its base, and a base must itself be complete, so there
 * is one step of inheritance and the test can check it.
 */
export function isInheritable(key: string): boolean {
  return key.startsWith('zone.') || INHERITABLE_KEYS.has(key);
}

const INHERITABLE_KEYS: ReadonlySet<string> = new Set(['app.name', 'profile.cbpOne.name', 'platform.android', 'platform.iphone']);

/**
 * Message namespaces only the extension shows (its console, handout, options, tools and notes). The PWA's
 * build leaves them out of its catalogues (scripts/phone-catalogues.ts): a phone downloads its language
 * before it is ready offline, and these were 2.5 KiB of it (issue 21). Code under shared/ and pwa/ never names
 * them (test/scripts/phone-catalogues.test.ts).
 */
export const EXTENSION_ONLY_NAMESPACES: readonly string[] = ['console', 'tools', 'options', 'handout', 'extension', 'pendingPhoto'];

export function isExtensionOnly(key: string): boolean {
  return EXTENSION_ONLY_NAMESPACES.includes(key.slice(0, key.indexOf('.')));
}
