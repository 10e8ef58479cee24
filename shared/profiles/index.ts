import { cbpOne } from './cbp-one';
import type { Profile } from './profile';
import { selfieGeneric } from './selfie-generic';

export const profiles = {
  'cbp-one': cbpOne,
  'selfie-generic': selfieGeneric,
} as const satisfies Record<string, Profile>;

export type ProfileId = keyof typeof profiles;
