import type { TimeFacts } from '../facts/facts';

export interface TimeProbePlatform {
  now(): number;
  fetch: typeof fetch;
  /** The device's zone as Intl reports it. */
  zone(): string;
  /** The offset the device shows at an instant, minutes east of UTC (−getTimezoneOffset). */
  offsetAt(atMs: number): number;
}

/**
 * The device's zone as Intl reports it, or "" when it reports none: some
 * WebViews and old engines give undefined, or throw, and the facts must
 * still be plain strings (then the zone checks say they cannot compare).
 */
export function readDeviceZone(): string {
  try {
    const zone: unknown = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' ? zone : '';
  } catch {
    return '';
  }
}

export const browserTimePlatform: TimeProbePlatform = {
  now: () => Date.now(),
  fetch: (...args) => globalThis.fetch(...args),
  zone: readDeviceZone,
  offsetAt: (atMs) => -new Date(atMs).getTimezoneOffset(),
};

export interface ClockReference {
  referenceNow: number;
  uncertaintyMs: number;
  /** Device clock at the midpoint of the round trip. */
  deviceNow: number;
}

/**
 * Reads the time from our own origin's HTTP Date header. The header has a
 * resolution of one second and may come from a cache, so: ask with no-store
 * and a unique query (the service worker lets it through), add Age, take the
 * midpoint of the round trip, and say how far off the result may be.
 */
export async function readClockReference(
  url: string,
  platform: TimeProbePlatform = browserTimePlatform,
  timeoutMs = 6000,
): Promise<ClockReference | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const nonce = `${platform.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const target = new URL(url);
    target.searchParams.set('listo-clock', nonce);
    const sent = platform.now();
    const response = await platform.fetch(target.href, { method: 'HEAD', cache: 'no-store', signal: controller.signal });
    const received = platform.now();
    const header = response.headers.get('Date');
    const serverDate = header ? Date.parse(header) : Number.NaN;
    if (!Number.isFinite(serverDate)) return null;
    const age = Number(response.headers.get('Age') ?? 0);
    const roundTrip = received - sent;
    return {
      // The header truncates to the second: its true value is on average half a second later.
      referenceNow: serverDate + 500 + (Number.isFinite(age) ? age * 1000 : 0),
      deviceNow: sent + roundTrip / 2,
      uncertaintyMs: roundTrip / 2 + 500,
    };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Time facts of this device; without a reference URL (or offline) the clock stays unjudged. */
export async function readTimeFacts(
  referenceUrl: string | null,
  platform: TimeProbePlatform = browserTimePlatform,
): Promise<TimeFacts> {
  const reference = referenceUrl ? await readClockReference(referenceUrl, platform) : null;
  const deviceNow = reference?.deviceNow ?? platform.now();
  const zone = attempt(() => platform.zone(), '');
  const offsetMinutes = attempt(() => platform.offsetAt(deviceNow), Number.NaN);
  return {
    deviceNow,
    referenceNow: reference?.referenceNow ?? null,
    ...(reference ? { referenceUncertaintyMs: reference.uncertaintyMs, referenceSource: new URL(referenceUrl!).origin } : {}),
    ...(referenceUrl ? {} : { referenceNamed: false }),
    zone: typeof zone === 'string' ? zone : '',
    // getTimezoneOffset is NaN for a clock beyond what a Date holds: then the offset is not a fact.
    ...(Number.isFinite(offsetMinutes) ? { offsetMinutes } : {}),
  };
}

/** A platform call that may throw (or hand back nothing) on a broken engine. */
function attempt<T>(call: () => T, fallback: T): T {
  try {
    return call() ?? fallback;
  } catch {
    return fallback;
  }
}
