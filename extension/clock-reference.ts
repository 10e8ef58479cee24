/**
 * The clock reference of the volunteer console. An extension page has no
 * server of its own, so the volunteer names a site whose HTTP Date header is
 * trusted (the Listo PWA's own address, say); the host permission for it is
 * optional and asked for only then. The chrome object is passed in.
 */
import { parseOrigin } from './clear-site';

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
