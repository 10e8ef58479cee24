/**
 * The clock reference of the volunteer console. An extension page has no
 * server of its own, so the volunteer names a site whose HTTP Date header is
 * trusted (the Listo PWA's own address, say); the host permission for it is
 * optional and asked for only then. The chrome object is passed in.
 */
import { parseOrigin } from './clear-site';
import type { MessageKey } from '../shared/index';

export interface HostPermissionApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
  };
}

export type ClockReferenceOutcome = { ok: true; url: string } | { ok: false; reason: 'invalid' | 'no-permission' };

const STORAGE_KEY = 'listo.clockReference';

/** Call from the click: request() comes before any other await, or Chrome refuses for want of a user gesture. */
export async function allowClockReference(
  api: HostPermissionApi,
  input: string,
  storage?: Pick<Storage, 'setItem'>,
): Promise<ClockReferenceOutcome> {
  const origin = parseOrigin(input);
  if (!origin) return { ok: false, reason: 'invalid' };
  try {
    if (!(await api.permissions.request({ origins: [`${origin}/*`] }))) return { ok: false, reason: 'no-permission' };
  } catch {
    return { ok: false, reason: 'no-permission' };
  }
  try {
    storage?.setItem(STORAGE_KEY, origin);
  } catch {
    // Remembering is a convenience; the reference works for this visit all the same.
  }
  return { ok: true, url: `${origin}/` };
}

/** The reference chosen on an earlier visit, if its permission is still held. */
export async function rememberedClockReference(api: HostPermissionApi, storage?: Pick<Storage, 'getItem'>): Promise<string | null> {
  let origin: string | null = null;
  try {
    origin = parseOrigin(storage?.getItem(STORAGE_KEY) ?? '');
  } catch {
    return null;
  }
  if (!origin) return null;
  try {
    return (await api.permissions.contains({ origins: [`${origin}/*`] })) ? `${origin}/` : null;
  } catch {
    return null;
  }
}

/** What the volunteer is told after the site answered (or did not). */
export type ClockComparison =
  | { kind: 'no-answer'; origin: string }
  | { kind: 'same' | 'ahead' | 'behind'; origin: string; offsetMs: number; uncertaintyMs: number };

export interface ClockReading {
  referenceNow: number;
  deviceNow: number;
  uncertaintyMs: number;
}

/** This computer's clock against the site's, from one reading (null: the site gave no usable Date header). */
export function compareClock(origin: string, reading: ClockReading | null): ClockComparison {
  if (!reading || !Number.isFinite(reading.referenceNow) || !Number.isFinite(reading.deviceNow)) return { kind: 'no-answer', origin };
  const offsetMs = reading.deviceNow - reading.referenceNow;
  const uncertaintyMs = Math.max(reading.uncertaintyMs, 500);
  const kind = Math.abs(offsetMs) <= uncertaintyMs ? 'same' : offsetMs > 0 ? 'ahead' : 'behind';
  return { kind, origin, offsetMs, uncertaintyMs };
}

/** The message for a comparison: amounts in the largest sensible unit. */
export function comparisonMessage(comparison: ClockComparison): { key: MessageKey; params: Record<string, string | number> } {
  const host = new URL(comparison.origin).host;
  if (comparison.kind === 'no-answer') return { key: 'tools.clock.noAnswer', params: { origin: host } };
  if (comparison.kind === 'same') return { key: 'tools.clock.same', params: { origin: host, seconds: Math.max(1, Math.round(comparison.uncertaintyMs / 1000)) } };
  const seconds = Math.abs(comparison.offsetMs) / 1000;
  const [unit, amount] =
    seconds < 90 ? ['seconds', Math.round(seconds)] : seconds < 90 * 60 ? ['minutes', Math.round(seconds / 60)] : seconds < 36 * 3600 ? ['hours', Math.round(seconds / 3600)] : ['days', Math.round(seconds / 86400)];
  return { key: 'tools.clock.off', params: { origin: host, direction: comparison.kind, unit: unit as string, amount: amount as number } };
}
