import type { MessageKey } from '../i18n/catalogue';
import type { Params } from '../i18n/format';

/**
 * Words for the figures a fix step may name ("choose {expectedZone, zone}")
 * when no finding supplies them: in the fix library, and for a check a
 * client's phone judged whose figures did not travel. Without them the step
 * showed the raw placeholder (issue 23). The zone format shows a text with no
 * '/' as it is, so a sentence in the catalogue can stand in for a zone.
 */
const GENERIC_FIX_PARAMS = {
  expectedZone: 'fixParam.expectedZone',
  workaroundZone: 'fixParam.workaroundZone',
} as const satisfies Record<string, MessageKey>;

/** Every parameter a fix step names, in the language of `t`: the finding's own where it has them, else generic words. */
export function fixStepParams(t: { t(key: MessageKey): string }, params: Params = {}): Params {
  const generic = Object.fromEntries(Object.entries(GENERIC_FIX_PARAMS).map(([name, key]) => [name, t.t(key)]));
  return { ...generic, ...Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) };
}
