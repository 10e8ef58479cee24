import type { MessageKey } from './catalogue';
import type { Params } from './format';
import type { Translator } from './translator';

/** A translatable message: a key into every language's catalogue, and its parameters. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/** What a finding was judged on: the person's phone, or the volunteer's computer (the extension's "This computer" tab). */
export type Device = 'phone' | 'computer';

/**
 * A translator that words every message for the device it was judged on.
 * Checks do not know where they run, so the screens' translator carries the
 * device: a message that names it selects on it ("{device, select, computer
 * {This computer} other {The phone}}"); every other message ignores it. A
 * translator not made by this (the console's, showing a client's phone)
 * reads as the phone's. A `device` given with a message still wins.
 */
export function translatorOn(translator: Translator, device: Device): Translator {
  const t = (key: MessageKey, params: Params = {}) => translator.t(key, { device, ...params });
  return { ...translator, t, message: (message) => t(message.key, message.params) };
}
