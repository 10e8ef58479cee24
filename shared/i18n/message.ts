import type { MessageKey } from './catalogue';
import type { Params } from './format';

/** A translatable message: a key into every language's catalogue, and its parameters. */
export interface Message {
  key: MessageKey;
  params?: Params;
}
