import { cbpHome } from './cbp-home';
import { cbpOne } from './cbp-one';
import type { Profile } from './profile';
import type { ProfileId } from './profile-ids';
import { selfieGeneric } from './selfie-generic';
import { smartlink } from './smartlink';

export const profiles = {
  'cbp-one': cbpOne,
  'cbp-home': cbpHome,
  smartlink,
  'selfie-generic': selfieGeneric,
} as const satisfies Record<ProfileId, Profile>;

export { PROFILE_IDS, type ProfileId } from './profile-ids';
