import { defineCheck } from './check';
import type { Verdict } from './finding';

/**
 * location.permission: may the page read the location, and did a request get
 * one? Only a request's answer is definitive; the Permissions API state is a
 * hint (WebKit says "prompt" even after a denial: docs/pitfalls.md, Location).
 */
export const locationPermission = defineCheck({
  id: 'location.permission',
  needs: ['location'],
  judge(facts): Verdict {
    const location = facts.location!;
    const evidence = {
      permission: location.permission,
      permissionHint: location.permissionHint ?? null,
      request: location.request ?? null,
      secureContext: location.secureContext ?? null,
    };
    const position = location.position;
    if (position && Number.isFinite(position.lat) && Number.isFinite(position.lon)) {
      return { status: 'pass', message: { key: 'location.permission.pass' }, evidence, fixes: [] };
    }
    if (location.request === 'denied' || location.permission === 'denied') {
      return {
        status: 'fail',
        message: { key: 'location.permission.denied' },
        evidence,
        fixes: ['location.allow-site', 'location.turn-on'],
      };
    }
    switch (location.request) {
      case 'unavailable':
        return {
          status: 'fail',
          message: { key: 'location.permission.unavailable' },
          evidence,
          fixes: ['location.turn-on', 'location.go-outside'],
        };
      case 'timeout':
        return {
          status: 'fail',
          message: { key: 'location.permission.timeout' },
          evidence,
          fixes: ['location.go-outside', 'location.turn-on'],
        };
      case 'unsupported':
        return { status: 'unknown', message: { key: 'location.permission.unsupported' }, evidence, fixes: ['location.open-in-browser'] };
      default:
        break;
    }
    // Not asked yet: the hint is all there is.
    if (location.permission === 'granted') {
      return { status: 'pass', message: { key: 'location.permission.allowed' }, evidence, fixes: [] };
    }
    if (location.permission === 'unsupported') {
      return { status: 'unknown', message: { key: 'location.permission.noHint' }, evidence, fixes: [] };
    }
    return { status: 'unknown', message: { key: 'location.permission.notAsked' }, evidence, fixes: [] };
  },
});
