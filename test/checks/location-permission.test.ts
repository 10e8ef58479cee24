import { describe, expect, it } from 'vitest';
import { judge, profiles, type Facts, type Finding } from '../../shared/index';

function permission(location: NonNullable<Facts['location']>): Finding {
  const finding = judge({ location }, profiles['cbp-one']).find((f) => f.check === 'location.permission');
  if (!finding) throw new Error('no location.permission finding');
  return finding;
}

describe('location.permission', () => {
  it('passes when the phone gave a position', () => {
    expect(permission({ permission: 'granted', position: { lat: 32.5, lon: -117, accuracy: 10 } }).status).toBe('pass');
  });

  it('fails a denied request with the site and phone fixes, whatever the Permissions API said', () => {
    // WebKit says "prompt" after a denial: the request's answer wins.
    const finding = permission({ permission: 'denied', permissionHint: 'prompt', request: 'denied', position: null });
    expect(finding.status).toBe('fail');
    expect(finding.message.key).toBe('location.permission.denied');
    expect(finding.fixes).toEqual(['location.allow-site', 'location.turn-on']);
    expect(finding.evidence.permissionHint).toBe('prompt');
  });

  it('fails a Permissions API denial before any request', () => {
    expect(permission({ permission: 'denied', request: 'not-asked' }).status).toBe('fail');
  });

  it('fails an unavailable position with the location switch first, and a timeout with "go outside" first', () => {
    const unavailable = permission({ permission: 'granted', request: 'unavailable', position: null });
    expect(unavailable.status).toBe('fail');
    expect(unavailable.fixes[0]).toBe('location.turn-on');
    const timeout = permission({ permission: 'granted', request: 'timeout', position: null });
    expect(timeout.status).toBe('fail');
    expect(timeout.message.key).toBe('location.permission.timeout');
    expect(timeout.fixes[0]).toBe('location.go-outside');
  });

  it('is unknown, not failed, when the browser has no geolocation, and says to open a real browser', () => {
    const finding = permission({ permission: 'unsupported', request: 'unsupported', position: null });
    expect(finding.status).toBe('unknown');
    expect(finding.fixes).toEqual(['location.open-in-browser']);
  });

  it('before asking: passes a granted hint, and leaves "prompt" or no hint unknown', () => {
    expect(permission({ permission: 'granted', request: 'not-asked' }).message.key).toBe('location.permission.allowed');
    expect(permission({ permission: 'prompt', request: 'not-asked' }).status).toBe('unknown');
    expect(permission({ permission: 'unsupported', request: 'not-asked' }).message.key).toBe('location.permission.noHint');
  });
});
