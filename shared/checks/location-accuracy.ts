import type { FixId } from '../fixes/fix-library';
import type { MessageKey } from '../i18n/catalogue';
import { defineCheck } from './check';
import type { Verdict, Message, Status } from './finding';
import { toEpochMs } from '../time/instant';

/**
 * location.accuracy: the radius the phone gives for its position. Approximate
 * location (Android 12+, iOS 14+) has no web flag; its clue is a radius of
 * kilometres. An old position is said: the person may have moved since.
 */
export const locationAccuracy = defineCheck({
  id: 'location.accuracy',
  needs: ['location'],
  judge(facts, profile): Verdict {
    const location = facts.location!;
    const rules = profile.location.accuracy;
    const position = location.position;
    if (!position || !Number.isFinite(position.accuracy) || position.accuracy < 0) {
      return {
        status: 'unknown',
        message: { key: 'location.accuracy.noPosition' },
        evidence: { accuracyMeters: position?.accuracy ?? null },
        fixes: [],
      };
    }
    const meters = Math.round(position.accuracy);
    const km = Math.round(position.accuracy / 100) / 10;
    const judgedAt = location.readAt ?? toEpochMs(facts.time?.deviceNow);
    const ageSeconds =
      position.timestamp !== undefined && Number.isFinite(judgedAt) ? Math.max(0, Math.round((judgedAt - position.timestamp) / 1000)) : null;
    const stale = ageSeconds !== null && ageSeconds > rules.staleAfterSeconds.value;
    const evidence = {
      accuracyMeters: meters,
      passUpToMeters: rules.passUpToMeters.value,
      warnUpToMeters: rules.warnUpToMeters.value,
      ageSeconds,
      highAccuracy: location.highAccuracy ?? null,
    };
    const details: Message[] = [];
    if (stale) details.push({ key: 'location.accuracy.stale', params: { minutes: Math.round(ageSeconds / 60) } });
    if (location.highAccuracy === false) details.push({ key: 'location.accuracy.lowAccuracyFallback' });

    let status: Status;
    let key: MessageKey;
    let fixes: FixId[];
    if (meters <= rules.passUpToMeters.value) {
      [status, key, fixes] = ['pass', 'location.accuracy.pass', []];
    } else if (meters <= rules.warnUpToMeters.value) {
      [status, key, fixes] = ['warn', 'location.accuracy.approximate', ['location.precise-on', 'location.go-outside']];
    } else {
      [status, key, fixes] = ['fail', 'location.accuracy.poor', ['location.precise-on', 'location.turn-on', 'location.go-outside']];
    }
    if (stale && status === 'pass') {
      status = 'warn';
      fixes = ['location.go-outside'];
    }
    return { status, message: { key, params: { meters, km } }, ...(details.length ? { details } : {}), evidence, fixes };
  },
});
