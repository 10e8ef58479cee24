import type { MessageKey } from './catalogue';
import type { Params } from './format';

/** A translatable message: a key into every language's catalogue, and its parameters. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/** What a finding was judged on: the person's phone, or the volunteer's computer (the extension's "This computer" tab). */
export type Device = 'phone' | 'computer';

/**
 * A check's message in words for the device it was judged on. Checks do not
 * know where they run, so the screen adds the device: a message that names the
 * device selects on it ("{device, select, computer {This computer} other {The
 * phone}}"), and one given no device (the console, which shows a client's
 * phone) reads as the phone's.
 */
export function onDevice(message: Message, device: Device): Message {
  return { ...message, params: { ...message.params, device } };
}
