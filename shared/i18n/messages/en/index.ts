import { common } from './common';
import { device } from './device';
import { location } from './location';
import { time } from './time';
import { tools } from './tools';
import { zones } from './zones';
import { photo } from './photo';

export const en = { ...common, ...time, ...zones, ...location, ...device, ...tools, ...photo } as const;

export type MessageKey = keyof typeof en;
/** Every other language has exactly these keys; a test checks their placeholders. */
export type Catalogue = Record<MessageKey, string>;
