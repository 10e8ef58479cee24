import { describe, expect, it, vi } from 'vitest';
import { readLocationHint, readLocationPermission, readPosition } from '../../shared/index';

type Answer =
  | { position: { latitude: number; longitude: number; accuracy: number }; timestamp?: number }
  | { error: 1 | 2 | 3 }
  | 'never'
  | 'throw';

/** A fake navigator.geolocation that answers each call from a script. */
function fakeGeolocation(...answers: Answer[]) {
  const calls: PositionOptions[] = [];
  const geolocation = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null, options?: PositionOptions) {
      calls.push(options ?? {});
      const answer = answers.shift() ?? 'never';
      if (answer === 'never') return;
      if (answer === 'throw') throw new Error('not allowed in this frame');
      if ('error' in answer) queueMicrotask(() => failure?.({ code: answer.error, message: '' } as GeolocationPositionError));
      else queueMicrotask(() => success({ coords: answer.position, timestamp: answer.timestamp ?? 1000 } as unknown as GeolocationPosition));
    },
  } as unknown as Geolocation;
  return { geolocation, calls };
}

const permissions = (state: PermissionState | 'throw' | 'never') =>
  ({
    query: () =>
      state === 'throw' ? Promise.reject(new TypeError('geolocation not a valid name')) : state === 'never' ? new Promise(() => undefined) : Promise.resolve({ state }),
  }) as unknown as Permissions;

const now = () => 5000;

describe('readLocationPermission', () => {
  it('reads the Permissions API state, and calls a missing, throwing or silent API unsupported', async () => {
    await expect(readLocationPermission({ permissions: permissions('prompt') })).resolves.toBe('prompt');
    await expect(readLocationPermission({})).resolves.toBe('unsupported');
    await expect(readLocationPermission({ permissions: permissions('throw') })).resolves.toBe('unsupported');
    await expect(readLocationPermission({ permissions: permissions('never') }, 20)).resolves.toBe('unsupported');
  });
});

describe('readPosition', () => {
  it('asks with high accuracy and returns the position with the reading time', async () => {
    const { geolocation, calls } = fakeGeolocation({ position: { latitude: 32.5, longitude: -117, accuracy: 8 }, timestamp: 4000 });
    const outcome = await readPosition({ geolocation, permissions: permissions('prompt'), now, isSecureContext: true });
    expect(outcome.ok).toBe(true);
    expect(outcome.facts).toEqual({
      permission: 'granted',
      permissionHint: 'prompt',
      request: 'granted',
      highAccuracy: true,
      position: { lat: 32.5, lon: -117, accuracy: 8, timestamp: 4000 },
      readAt: 5000,
      secureContext: true,
    });
    expect(calls[0]?.enableHighAccuracy).toBe(true);
  });

  it('reports a denial (error code 1) as definitive, even when the hint said "prompt"', async () => {
    const { geolocation } = fakeGeolocation({ error: 1 });
    const outcome = await readPosition({ geolocation, permissions: permissions('prompt'), now });
    expect(outcome).toMatchObject({ ok: false, reason: 'denied', facts: { permission: 'denied', permissionHint: 'prompt', request: 'denied' } });
  });

  it('reports an unavailable position (error code 2)', async () => {
    const { geolocation } = fakeGeolocation({ error: 2 });
    await expect(readPosition({ geolocation, now })).resolves.toMatchObject({ ok: false, reason: 'unavailable', facts: { request: 'unavailable' } });
  });

  it('falls back to one low-accuracy reading when high accuracy times out, and says so', async () => {
    const { geolocation, calls } = fakeGeolocation({ error: 3 }, { position: { latitude: 19.4, longitude: -99.1, accuracy: 1800 } });
    const outcome = await readPosition({ geolocation, now });
    expect(outcome.ok).toBe(true);
    expect(outcome.facts.highAccuracy).toBe(false);
    expect(calls.map((c) => c.enableHighAccuracy)).toEqual([true, false]);
  });

  it('ends the wait with its own watchdog when the browser never calls back', async () => {
    vi.useFakeTimers();
    try {
      const { geolocation } = fakeGeolocation('never', 'never');
      const pending = readPosition({ geolocation, now }, 1000);
      await vi.advanceTimersByTimeAsync(10_000);
      // The prompt may still be open, unanswered: the permission stays what the hint said.
      await expect(pending).resolves.toMatchObject({ ok: false, reason: 'timeout', facts: { permission: 'unsupported', request: 'timeout', position: null } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a browser without geolocation, or one that throws, without crashing', async () => {
    await expect(readPosition({ now })).resolves.toMatchObject({ ok: false, reason: 'unsupported', facts: { permission: 'unsupported' } });
    const { geolocation } = fakeGeolocation('throw');
    await expect(readPosition({ geolocation, now })).resolves.toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('readLocationHint', () => {
  it('reads the hint without asking for a position', async () => {
    const { geolocation, calls } = fakeGeolocation();
    await expect(readLocationHint({ geolocation, permissions: permissions('granted'), now })).resolves.toMatchObject({
      permission: 'granted',
      request: 'not-asked',
    });
    expect(calls).toEqual([]);
  });
});
