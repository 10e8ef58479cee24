/**
 * The profiles' ids, in the order the app lists them, apart from the profiles
 * themselves: the first screen needs the ids (a remembered choice is checked
 * against them) but not the rules and their sources, which load with the
 * profile screen (issue 21: first load). index.ts holds one profile per id;
 * its `satisfies` and a test keep the two the same.
 */
export const PROFILE_IDS = ['cbp-one', 'cbp-home', 'smartlink', 'selfie-generic'] as const;

export type ProfileId = (typeof PROFILE_IDS)[number];
