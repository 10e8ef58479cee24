import type { Check } from './check';
import type { Finding } from './finding';

/**
 * location.permission: may the page read the location, and did a request get
 * one? Only a request's answer is definitive; the Permissions API state is a
 * hint (WebKit says "prompt" even after a denial, PITFALLS.md).
 */
export const locationPermission: Check = {
  id: 'location.permission',
  appliesTo: (facts) => facts.location !== undefined,
  judge(facts): Finding {
    const location = facts.location!;
    const base = { check: 'location.permission' };
    const evidence = {
      permission: location.permission,
      permissionHint: location.permissionHint ?? null,
      request: location.request ?? null,
      secureContext: location.secureContext ?? null,
    };
    const position = location.position;
    if (position && Number.isFinite(position.lat) && Number.isFinite(position.lon)) {
      return { ...base, status: 'pass', message: { key: 'location.permission.pass' }, evidence, fixes: [] };
    }
    if (location.request === 'denied' || location.permission === 'denied') {
      return {
        ...base,
        status: 'fail',
        message: { key: 'location.permission.denied' },
        evidence,
        fixes: ['location.allow-site', 'location.turn-on'],
      };
    }
    switch (location.request) {
      case 'unavailable':
        return {
          ...base,
          status: 'fail',
          message: { key: 'location.permission.unavailable' },
          evidence,
          fixes: ['location.turn-on', 'location.go-outside'],
        };
      case 'timeout':
        return {
          ...base,
          status: 'fail',
          message: { key: 'location.permission.timeout' },
          evidence,
          fixes: ['location.go-outside', 'location.turn-on'],
        };
      case 'unsupported':
        return { ...base, status: 'unknown', message: { key: 'location.permission.unsupported' }, evidence, fixes: ['location.open-in-browser'] };
      default:
        break;
    }
    // Not asked yet: the hint is all there is.
    if (location.permission === 'granted') {
      return { ...base, status: 'pass', message: { key: 'location.permission.allowed' }, evidence, fixes: [] };
    }
    if (location.permission === 'unsupported') {
      return { ...base, status: 'unknown', message: { key: 'location.permission.noHint' }, evidence, fixes: [] };
    }
    return { ...base, status: 'unknown', message: { key: 'location.permission.notAsked' }, evidence, fixes: [] };
  },
};
