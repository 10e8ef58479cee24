import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/messages/en.json';
import { LIKELY_FIXES } from '../../../shared/fixes/check-fixes';
import { isCheckId, type CheckId } from '../../../shared/checks/registry';
import { STEPS, stepOfCheck, type StepId } from '../../../shared/session/steps';

const catalogue = en as Record<string, string>;

/**
 * The Listo controls a sentence may name, and the step screens that show each one. A fix step that says
 * 'tap "Make an app-ready copy"' must be shown only where that button is (the guided flow's screens).
 */
const CONTROLS: Record<string, readonly StepId[]> = {
  'photo.fix.button': ['photo'],
  'photo.fix.save': ['photo'],
  'photo.fix.share': ['photo'],
  'photo.section.choose': ['photo'],
  'flow.photo.action': ['photo'],
  'flow.location.action': ['location'],
  'flow.time.action': ['time'],
  'flow.phone.action': ['phone'],
  'app.runAgain': STEPS,
};

/** Every button label Listo has: a quote of one of these is a reference to a Listo control. */
const LISTO_LABEL = /^(flow\.\w+\.action|photo\.fix\.(button|save|share)|photo\.section\.(take|choose)|app\.(runAgain|tryAgain|install|checkLocation))$/;

/** The step screens a message is shown on: a check's own message on its step; a fix on the steps of the checks that give it. */
function stepsOf(key: string): StepId[] | null {
  const fix = /^fix\.([\w-]+\.[\w-]+)\./.exec(key)?.[1];
  if (fix) {
    const checks = (Object.keys(LIKELY_FIXES) as CheckId[]).filter((check) => (LIKELY_FIXES[check] as readonly string[]).includes(fix));
    return [...new Set(checks.map(stepOfCheck))];
  }
  const check = key.split('.').slice(0, 2).join('.');
  return isCheckId(check) ? [stepOfCheck(check)] : null;
}

const quotes = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

describe('fix steps and messages that name a Listo button', () => {
  const labels = new Map(Object.entries(catalogue).filter(([key]) => LISTO_LABEL.test(key)).map(([key, label]) => [label, key]));
  const references = Object.entries(catalogue).flatMap(([key, text]) => quotes(text).filter((q) => labels.has(q)).map((quote) => ({ key, quote, control: labels.get(quote)! })));

  it('find some (the test reads the catalogue it means to)', () => {
    expect(references.map((r) => r.quote)).toEqual(expect.arrayContaining(['Make an app-ready copy', 'Check my location']));
  });

  it('name only controls that are on the screen where the sentence is shown', () => {
    const wrong = references.flatMap(({ key, quote, control }) => {
      const shownOn = stepsOf(key);
      if (!shownOn) return [];
      const there = CONTROLS[control] ?? [];
      const missing = shownOn.filter((step) => !there.includes(step));
      return missing.length > 0 ? [`${key} names "${quote}", not on the ${missing.join(', ')} step`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
