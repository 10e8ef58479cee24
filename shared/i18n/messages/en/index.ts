import { common } from './common';
import { time } from './time';
import { zones } from './zones';
import { photo } from './photo';

export const en = { ...common, ...time, ...zones, ...photo } as const;

export type MessageKey = keyof typeof en;
/** Every other language has exactly these keys; a test checks their placeholders. */
export type Catalogue = Record<MessageKey, string>;
