import type { Catalogue } from '../en/index';
import { common } from './common';
import { time } from './time';
import { zones } from './zones';
import { photo } from './photo';

export const es: Catalogue = { ...common, ...time, ...zones, ...photo };
