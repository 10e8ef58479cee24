import type { LocationFacts, LocationPermission } from './facts';

export interface LocationProbePlatform {
  geolocation?: Geolocation;
  permissions?: Permissions;
}

export type PositionOutcome =
  | { ok: true; facts: LocationFacts }
  | { ok: false; facts: LocationFacts; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

/** The Permissions API state, as a hint only: WebKit answers "prompt" even after a denial. */
export async function readLocationPermission(platform: LocationProbePlatform): Promise<LocationPermission> {
  try {
    const status = await platform.permissions?.query({ name: 'geolocation' });
    return status?.state ?? 'unsupported';
  } catch {
    return 'unsupported';
  }
}

/**
 * Asks for one position. Some in-app browsers never call back, so a watchdog
 * ends the wait even when the browser's own timeout does not fire.
 */
export async function readPosition(platform: LocationProbePlatform, timeoutMs = 15_000): Promise<PositionOutcome> {
  const geolocation = platform.geolocation;
  if (!geolocation) return { ok: false, reason: 'unsupported', facts: { permission: 'unsupported', position: null } };
  return new Promise((resolve) => {
    const watchdog = setTimeout(() => resolve(failed('timeout')), timeoutMs + 2000);
    function failed(reason: 'denied' | 'unavailable' | 'timeout'): PositionOutcome {
      return { ok: false, reason, facts: { permission: reason === 'denied' ? 'denied' : 'granted', position: null } };
    }
    geolocation.getCurrentPosition(
      (position) => {
        clearTimeout(watchdog);
        const { latitude: lat, longitude: lon, accuracy } = position.coords;
        resolve({ ok: true, facts: { permission: 'granted', position: { lat, lon, accuracy, timestamp: position.timestamp } } });
      },
      (error) => {
        clearTimeout(watchdog);
        resolve(failed(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'));
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
