import type { Catalogue } from '../en/index';
import { common } from './common';
import { device } from './device';
import { location } from './location';
import { time } from './time';
import { tools } from './tools';
import { zones } from './zones';
import { photo } from './photo';

export const es: Catalogue = { ...common, ...time, ...zones, ...location, ...device, ...tools, ...photo };
