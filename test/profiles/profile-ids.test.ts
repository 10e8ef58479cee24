import { describe, expect, it } from 'vitest';
import { profiles } from '../../shared/profiles/index';
import { PROFILE_IDS } from '../../shared/profiles/profile-ids';

describe('the profile ids of the first load', () => {
  it('are the shipped profiles, in the order the profile screen lists them', () => {
    expect([...PROFILE_IDS]).toEqual(Object.keys(profiles));
    for (const id of PROFILE_IDS) expect(profiles[id].id).toBe(id);
  });
});
