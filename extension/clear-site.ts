/**
 * Clearing one site's cache, cookies and storage for a volunteer, through
 * chrome.browsingData with an `origins` filter. The permission is optional and
 * asked only when used, after the volunteer confirmed the exact origin.
 * The chrome object is passed in, so tests hand a fake.
 */

export interface ClearSiteApi {
  permissions: {
    request(permissions: { permissions: ['browsingData'] }): Promise<boolean>;
  };
  browsingData: {
    remove(options: { origins: [string, ...string[]]; since?: number }, dataToRemove: Record<string, boolean>): Promise<void>;
  };
}

export type ClearOutcome = { ok: true; origin: string } | { ok: false; reason: 'invalid' | 'no-permission' | 'failed'; detail?: string };

/** What is removed: everything a site keeps in this browser profile. */
export const DATA_TO_REMOVE = {
  cache: true,
  cacheStorage: true,
  cookies: true,
  fileSystems: true,
  indexedDB: true,
  localStorage: true,
  serviceWorkers: true,
} as const;

/** "cbp.gov", "https://www.cbp.gov/about" → "https://cbp.gov", "https://www.cbp.gov"; null for anything else. */
export function parseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Call from the click on the confirmation button: Chrome asks for the permission only during a user gesture. */
export async function clearSiteData(api: ClearSiteApi, origin: string): Promise<ClearOutcome> {
  const parsed = parseOrigin(origin);
  if (!parsed) return { ok: false, reason: 'invalid' };
  const wanted: { permissions: ['browsingData'] } = { permissions: ['browsingData'] };
  try {
    // request() first and alone: an await before it would end the user gesture Chrome requires.
    // When the permission is already held, Chrome answers true at once, without a prompt.
    const granted = await api.permissions.request(wanted);
    if (!granted) return { ok: false, reason: 'no-permission' };
  } catch (error) {
    return { ok: false, reason: 'no-permission', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    await api.browsingData.remove({ origins: [parsed] }, { ...DATA_TO_REMOVE });
    return { ok: true, origin: parsed };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
