import type english from './messages/en.json';

/**
 * A language's messages: one flat JSON file per language in messages/, keyed
 * like English, the reference catalogue. Translation tools read and write
 * these files as they are.
 */
export type MessageKey = keyof typeof english;
export type Catalogue = Readonly<Record<MessageKey, string>>;
