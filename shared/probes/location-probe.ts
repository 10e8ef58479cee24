import type { LocationFacts, LocationPermission } from '../facts/facts';

export interface LocationProbePlatform {
  geolocation?: Geolocation;
  permissions?: Permissions;
  /** Device clock, epoch ms (defaults to Date.now). */
  now?(): number;
  isSecureContext?: boolean;
}

export type PositionOutcome =
  | { ok: true; facts: LocationFacts }
  | { ok: false; facts: LocationFacts; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

/** The Permissions API state, as a hint only: WebKit answers "prompt" even after a denial. */
export async function readLocationPermission(platform: LocationProbePlatform, timeoutMs = 2000): Promise<LocationPermission> {
  try {
    if (!platform.permissions?.query) return 'unsupported';
    // Some WebViews never settle the query: give up rather than wait.
    const status = await Promise.race([
      platform.permissions.query({ name: 'geolocation' }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
    ]);
    const state = status?.state;
    return state === 'granted' || state === 'denied' || state === 'prompt' ? state : 'unsupported';
  } catch {
    return 'unsupported';
  }
}

type Reading = { ok: true; position: GeolocationPosition } | { ok: false; reason: 'denied' | 'unavailable' | 'timeout' };

/** One getCurrentPosition call with our own watchdog: some in-app browsers never call back. */
function requestOnce(geolocation: Geolocation, options: PositionOptions, watchdogMs: number): Promise<Reading> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (reading: Reading) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      resolve(reading);
    };
    const watchdog = setTimeout(() => settle({ ok: false, reason: 'timeout' }), watchdogMs);
    try {
      geolocation.getCurrentPosition(
        (position) => settle({ ok: true, position }),
        (error) => settle({ ok: false, reason: error?.code === 1 ? 'denied' : error?.code === 3 ? 'timeout' : 'unavailable' }),
        options,
      );
    } catch {
      settle({ ok: false, reason: 'unavailable' });
    }
  });
}

/**
 * Asks for one position, with high accuracy first. High accuracy can time out
 * indoors: then one low-accuracy reading (a recent cached one is fine) is
 * taken, and the facts say so. Only a request's error code 1 is a definitive
 * denial; the Permissions API state is kept as a hint.
 */
export async function readPosition(platform: LocationProbePlatform, timeoutMs = 15_000): Promise<PositionOutcome> {
  const now = platform.now ?? (() => Date.now());
  // Read the hint alongside the request, not before it: the request should start within the person's tap.
  const hint = readLocationPermission(platform);
  const geolocation = platform.geolocation;
  const supported = geolocation !== undefined && typeof geolocation.getCurrentPosition === 'function';
  let highAccuracy = true;
  let reading = supported
    ? await requestOnce(geolocation, { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 }, timeoutMs + 2000)
    : null;
  const base = {
    permissionHint: await hint,
    ...(platform.isSecureContext === undefined ? {} : { secureContext: platform.isSecureContext }),
  };
  if (!supported || !reading) {
    return {
      ok: false,
      reason: 'unsupported',
      facts: { ...base, permission: 'unsupported', request: 'unsupported', position: null, readAt: now() },
    };
  }
  if (!reading.ok && reading.reason === 'timeout') {
    highAccuracy = false;
    reading = await requestOnce(geolocation, { enableHighAccuracy: false, timeout: timeoutMs / 2, maximumAge: 10 * 60_000 }, timeoutMs / 2 + 2000);
  }
  if (!reading.ok) {
    // "Unavailable" comes after the page was allowed to ask. A timeout may also be a prompt nobody answered: keep the hint.
    const permission: LocationPermission =
      reading.reason === 'denied' ? 'denied' : reading.reason === 'unavailable' ? 'granted' : base.permissionHint;
    return {
      ok: false,
      reason: reading.reason,
      facts: { ...base, permission, request: reading.reason, position: null, readAt: now() },
    };
  }
  const { latitude: lat, longitude: lon, accuracy } = reading.position.coords;
  return {
    ok: true,
    facts: {
      ...base,
      permission: 'granted',
      request: 'granted',
      highAccuracy,
      position: { lat, lon, accuracy, timestamp: reading.position.timestamp },
      readAt: now(),
    },
  };
}

/** Location facts without asking: the Permissions API hint only (a request would show a prompt). */
export async function readLocationHint(platform: LocationProbePlatform): Promise<LocationFacts> {
  const permissionHint = await readLocationPermission(platform);
  return {
    permission: platform.geolocation ? permissionHint : 'unsupported',
    permissionHint,
    request: 'not-asked',
    position: null,
    readAt: (platform.now ?? (() => Date.now()))(),
    ...(platform.isSecureContext === undefined ? {} : { secureContext: platform.isSecureContext }),
  };
}
