/**
 * The guided self-check walks these steps in order. A check belongs to the
 * step its id starts with; storage, network and device checks are one
 * "phone" step, because a person fixes them in the same place.
 *
 * Location comes before time: the time zone is judged against the zone at
 * the position, so with location first the Time step can show a wrong zone
 * and its fix on its own screen, instead of "not checked".
 */
export const STEPS = ['location', 'time', 'photo', 'phone'] as const;
export type StepId = (typeof STEPS)[number];

export function stepOfCheck(checkId: string): StepId {
  const group = checkId.split('.')[0];
  if (group === 'time' || group === 'location' || group === 'photo') return group;
  return 'phone';
}
