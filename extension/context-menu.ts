/**
 * "Check this photo with Listo" on images: the menu item, and what a click
 * does. The service worker (background.ts) only wires these to chrome.
 *
 * How the picture's bytes are read, and why this way (MV3, Chromium):
 * - The click is a user gesture for chrome.sidePanel.open, but only until the
 *   first await: the panel is opened first, then the bytes are read.
 * - The extension holds no host permission up front, and permissions.request
 *   needs a gesture on an extension page, so it cannot be asked for here.
 *   What the click does grant is activeTab: for this tab, once, Listo may
 *   run chrome.scripting.executeScript. So the bytes are read *inside the
 *   page* (readImageInPage): there a same-origin or CORS-enabled picture, a
 *   picture behind the site's login, and a blob: address made by the page
 *   are all readable, and the fetch mostly comes from the page's cache.
 * - data: addresses carry their bytes: decoded here, nothing is run.
 * - Failing that (a cross-origin picture without CORS, a frame of another
 *   site), the worker fetches the address itself: that works where the
 *   server allows it or the volunteer already granted the site. Otherwise a
 *   refusal with the address goes to the panel, which offers to ask for the
 *   site, inside the volunteer's click there (pending-photo-view.tsx).
 * - The picture is never redrawn on a canvas to get around this: a redrawn
 *   copy loses the EXIF data and changes size and quality, which are exactly
 *   what the photo checks judge.
 * The chrome object is passed in, so tests hand a fake.
 */
import {
  MAX_PENDING_PHOTO_BYTES,
  base64ToBytes,
  isImageType,
  photoName,
  putPendingPhoto,
  putPendingRefusal,
  type PendingPhoto,
  type PendingRefusal,
  type SessionStorageApi,
} from './pending-photo';

export const PHOTO_MENU_ID = 'listo-check-photo';

export interface ContextMenuApi extends Pick<SessionStorageApi, 'storage'> {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['image'] }, callback?: () => void): unknown;
  };
  i18n: { getMessage(name: string): string };
  runtime: { lastError?: unknown };
  sidePanel: { open(options: { windowId: number }): Promise<void> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[] };
      world?: 'ISOLATED' | 'MAIN';
      func: typeof readImageInPage;
      args: [string, number];
    }): Promise<Array<{ result?: unknown }>>;
  };
}

export interface MenuClick {
  menuItemId: string | number;
  srcUrl?: string;
  frameId?: number;
}

export interface MenuTab {
  id?: number;
  windowId?: number;
}

/** Creates the item (from runtime.onInstalled). Its title is in Chrome's own language, like the menu around it (_locales). */
export function createPhotoMenu(api: Pick<ContextMenuApi, 'contextMenus' | 'i18n' | 'runtime'>): void {
  const title = api.i18n.getMessage('contextMenuCheckPhoto') || 'Check this photo with Listo';
  // The callback reads lastError: an item left from an earlier install is not an error worth a console line.
  api.contextMenus.create({ id: PHOTO_MENU_ID, title, contexts: ['image'] }, () => void api.runtime.lastError);
}

export type InPageResult = { ok: true; base64: string; type: string } | { ok: false; reason: 'too-large'; size: number } | { ok: false; reason: 'unreadable' };

/**
 * Runs in the page (executeScript serialises it: it must use nothing from
 * outside). Fetches the picture as the page would, from its cache when it
 * can, and hands back base64, or why not.
 */
export async function readImageInPage(url: string, maxBytes: number): Promise<InPageResult> {
  try {
    const response = await fetch(url, { cache: 'force-cache' });
    if (!response.ok) return { ok: false, reason: 'unreadable' };
    const blob = await response.blob();
    if (blob.size > maxBytes) return { ok: false, reason: 'too-large', size: blob.size };
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
    return { ok: true, base64: dataUrl.slice(dataUrl.indexOf(',') + 1), type: blob.type };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** "data:image/png;base64,…" (or percent-encoded) → bytes and type; null when it is not a data: address. */
export function decodeDataUrl(url: string): { bytes: Uint8Array; type: string } | null {
  const match = /^data:([^,]*?),(.*)$/s.exec(url);
  if (!match) return null;
  const meta = match[1] ?? '';
  const body = match[2] ?? '';
  const base64 = /;base64$/i.test(meta);
  const type = (meta.replace(/;base64$/i, '').split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
  try {
    if (base64) return { bytes: base64ToBytes(decodeURIComponent(body).replace(/\s+/g, '')), type };
    return { bytes: new TextEncoder().encode(decodeURIComponent(body)), type };
  } catch {
    return null;
  }
}

/** The picture's type from its first bytes, where the page or server gave none (blob: often has none). */
export function sniffImageType(bytes: Uint8Array): string | null {
  const at = (offset: number, text: string) => [...text].every((c, i) => bytes[offset + i] === c.charCodeAt(0));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (at(0, '\x89PNG')) return 'image/png';
  if (at(0, 'GIF8')) return 'image/gif';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  if (at(4, 'ftyp')) {
    if (at(8, 'avif') || at(8, 'avis')) return 'image/avif';
    if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].some((brand) => at(8, brand))) return 'image/heic';
  }
  if (at(0, 'BM')) return 'image/bmp';
  return null;
}

function asPhoto(bytes: Uint8Array, givenType: string, url: string): PendingPhoto | PendingRefusal {
  if (bytes.length > MAX_PENDING_PHOTO_BYTES) return { reason: 'too-large', size: bytes.length };
  const type = isImageType(givenType) ? givenType : sniffImageType(bytes);
  if (!type) return { reason: 'not-image' };
  return { bytes, type, name: photoName(url, type) };
}

function inPageResult(value: unknown): InPageResult | null {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return null;
  return value as InPageResult;
}

async function readInPage(api: Pick<ContextMenuApi, 'scripting'>, url: string, tabId: number, frameId: number | undefined, world: 'ISOLATED' | 'MAIN') {
  try {
    const [injection] = await api.scripting.executeScript({
      target: { tabId, frameIds: [frameId ?? 0] },
      world,
      func: readImageInPage,
      args: [url, MAX_PENDING_PHOTO_BYTES],
    });
    return inPageResult(injection?.result);
  } catch {
    // No access to this frame (another site's frame, a chrome:// page): try the next way.
    return null;
  }
}

/** The picture at `url`, read in the ways described at the top of this file, or why it could not be. */
export async function readPhoto(
  api: Pick<ContextMenuApi, 'scripting'>,
  url: string,
  tabId: number | undefined,
  frameId: number | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<PendingPhoto | PendingRefusal> {
  if (url.startsWith('data:')) {
    const decoded = decodeDataUrl(url);
    return decoded ? asPhoto(decoded.bytes, decoded.type, url) : { reason: 'not-image' };
  }
  const web = /^https?:/i.test(url);
  if (!web && !url.startsWith('blob:')) return { reason: 'not-image' };
  if (tabId !== undefined) {
    // The isolated world ignores the page's CSP; a blob: address may answer only in the page's own world.
    for (const world of url.startsWith('blob:') ? (['ISOLATED', 'MAIN'] as const) : (['ISOLATED'] as const)) {
      const result = await readInPage(api, url, tabId, frameId, world);
      if (result?.ok) {
        try {
          return asPhoto(base64ToBytes(result.base64), result.type, url);
        } catch {
          return { reason: 'unreadable', ...(web ? { url } : {}) };
        }
      }
      if (result && result.reason === 'too-large') return { reason: 'too-large', size: result.size };
    }
  }
  if (!web) return { reason: 'unreadable' };
  try {
    const response = await fetchImpl(url, { credentials: 'omit' });
    if (!response.ok) return { reason: 'unreadable', url };
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_PENDING_PHOTO_BYTES) return { reason: 'too-large', size: length };
    const blob = await response.blob();
    if (blob.size > MAX_PENDING_PHOTO_BYTES) return { reason: 'too-large', size: blob.size };
    return asPhoto(new Uint8Array(await blob.arrayBuffer()), blob.type, url);
  } catch {
    return { reason: 'unreadable', url };
  }
}

/**
 * A click on the item: open the panel (first, inside the gesture), read the
 * picture, leave it (or why not) in chrome.storage.session for the panel.
 */
export function onPhotoMenuClick(api: ContextMenuApi, info: MenuClick, tab: MenuTab | undefined, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (info.menuItemId !== PHOTO_MENU_ID) return Promise.resolve();
  const opened = tab?.windowId === undefined ? Promise.resolve() : api.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  const stored = (async () => {
    const result = info.srcUrl ? await readPhoto(api, info.srcUrl, tab?.id, info.frameId, fetchImpl) : ({ reason: 'not-image' } as const);
    if ('bytes' in result) await putPendingPhoto(api, result);
    else await putPendingRefusal(api, result);
  })();
  return Promise.all([opened, stored]).then(() => undefined);
}
