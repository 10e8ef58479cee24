import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/catalogues';
import { fixTitleKey } from '../../shared/fixes/fix-library';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Message } from '../../shared/i18n/message';
import type { ProfileStatus } from '../../shared/profiles/profile';
import { scenarioTitleKey } from '../../shared/scenarios/scenario';

/**
 * Message keys are checked by tsc (npm run typecheck includes test/), not by
 * this run: every `@ts-expect-error` below fails the type check if the wrong
 * key it marks were ever accepted. The run only shows the right keys resolve.
 */
describe('message keys are typed', () => {
  it('a wrong key fails the type check wherever a message key is asked for', () => {
    const t = createTranslator('en');
    const right: Message = { key: 'app.name' };

    // @ts-expect-error -- not a key of the English catalogue
    const wrong: Message = { key: 'app.nmae' };
    // @ts-expect-error -- the translator takes only catalogue keys
    t.t('check.time.clock.titel');
    // @ts-expect-error -- a profile's status line is a catalogue key
    const status: Pick<ProfileStatus, 'key'> = { key: 'profile.nowhere.status' };
    // @ts-expect-error -- fix titles are built from fix ids, so an unknown fix is refused
    fixTitleKey('time.set-clock-by-magic');
    // @ts-expect-error -- scenario words are built from the shipped scenario ids
    scenarioTitleKey('no-such-scenario');

    const built: MessageKey = `check.${'time.clock' as const}.title`;
    expect(t.message(right)).toBe('Listo');
    expect(t.has(built)).toBe(true);
    expect(t.has(fixTitleKey('time.set-clock-automatic'))).toBe(true);
    expect(t.has(scenarioTitleKey('offline'))).toBe(true);
    expect([wrong.key, status.key]).toEqual(['app.nmae', 'profile.nowhere.status']);
  });

  it('a key built at run time becomes a MessageKey only through has()', () => {
    const t = createTranslator('en');
    const key: string = ['check', 'time.clock', 'title'].join('.');
    // @ts-expect-error -- a plain string is not a message key until the catalogue vouches for it
    const unchecked: MessageKey = key;
    expect(unchecked).toBe(key);
    expect(t.has(key) ? t.t(key) : null).toBeTruthy();
  });
});
