/**
 * A photo on its way from a page (the "Check this photo with Listo" menu
 * item, extension/context-menu.ts) to the side panel's photo section. The
 * service worker keeps it in chrome.storage.session under one key until the
 * panel takes it: session storage stays in memory, is gone when the browser
 * closes, and is readable by the extension's own pages only.
 *
 * storage.session holds 10 MB (QUOTA_BYTES, Chrome 112+), counted as JSON:
 * the bytes travel as base64 (4 bytes for 3), so a photo may have at most
 * MAX_PENDING_PHOTO_BYTES; a larger one is refused with a message instead.
 * The chrome object is passed in, so tests hand a fake.
 */

export const PENDING_PHOTO_KEY = 'listo.pendingPhoto';

/** 7 MiB: as base64 (9.3 MiB) it still fits storage.session's 10 MiB with room for the rest of the record. */
export const MAX_PENDING_PHOTO_BYTES = 7 * 1024 * 1024;

export interface PendingPhoto {
  bytes: Uint8Array;
  type: string;
  name: string;
}

export type RefusalReason = 'too-large' | 'not-image' | 'unreadable';

export interface PendingRefusal {
  reason: RefusalReason;
  /** too-large: the picture's size in bytes, when known. */
  size?: number;
  /** unreadable: the picture's address, to read it again once the volunteer allows its site. */
  url?: string;
}

/** What is stored: plain JSON. */
export type PendingRecord =
  | { kind: 'photo'; base64: string; type: string; name: string; at: number }
  | ({ kind: 'refused'; at: number } & PendingRefusal);

export interface SessionStorageApi {
  storage: {
    session: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
    onChanged: {
      addListener(callback: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
      removeListener(callback: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
    };
  };
}

export function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on a photo.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function base64ToBytes(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Only image types the photo section can judge; the type is what the page or server said. */
export function isImageType(type: string): boolean {
  return /^image\/[a-z0-9.+-]+$/i.test(type.trim());
}

/** Stores a photo for the panel (the service worker calls this), or a refusal when it cannot go. */
export async function putPendingPhoto(api: Pick<SessionStorageApi, 'storage'>, photo: PendingPhoto, now = Date.now()): Promise<PendingRefusal | null> {
  if (photo.bytes.length > MAX_PENDING_PHOTO_BYTES) {
    const refusal: PendingRefusal = { reason: 'too-large', size: photo.bytes.length };
    await putPendingRefusal(api, refusal, now);
    return refusal;
  }
  if (!isImageType(photo.type)) {
    const refusal: PendingRefusal = { reason: 'not-image' };
    await putPendingRefusal(api, refusal, now);
    return refusal;
  }
  const record: PendingRecord = { kind: 'photo', base64: bytesToBase64(photo.bytes), type: photo.type, name: photo.name, at: now };
  await api.storage.session.set({ [PENDING_PHOTO_KEY]: record });
  return null;
}

export async function putPendingRefusal(api: Pick<SessionStorageApi, 'storage'>, refusal: PendingRefusal, now = Date.now()): Promise<void> {
  const record: PendingRecord = { kind: 'refused', at: now, ...refusal };
  await api.storage.session.set({ [PENDING_PHOTO_KEY]: record });
}

function parseRecord(value: unknown): PendingRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.kind === 'photo' && typeof record.base64 === 'string' && typeof record.type === 'string' && typeof record.name === 'string') {
    return record as PendingRecord;
  }
  if (record.kind === 'refused' && (record.reason === 'too-large' || record.reason === 'not-image' || record.reason === 'unreadable')) {
    return record as PendingRecord;
  }
  return null;
}

export type Pending = { kind: 'photo'; photo: PendingPhoto } | { kind: 'refused'; refusal: PendingRefusal };

function pendingOf(record: PendingRecord): Pending | null {
  if (record.kind === 'photo') {
    try {
      return { kind: 'photo', photo: { bytes: base64ToBytes(record.base64), type: record.type, name: record.name } };
    } catch {
      return null;
    }
  }
  const { reason, size, url } = record;
  return { kind: 'refused', refusal: { reason, ...(size === undefined ? {} : { size }), ...(url === undefined ? {} : { url }) } };
}

// One take at a time in this page: the first read, and a change arriving meanwhile, must not both get the photo.
let queue: Promise<unknown> = Promise.resolve();

/** Reads and deletes what waits: a photo, a refusal, or null. */
export function takePending(api: Pick<SessionStorageApi, 'storage'>): Promise<Pending | null> {
  const run = queue.then(async () => {
    const stored = await api.storage.session.get([PENDING_PHOTO_KEY]);
    const record = parseRecord(stored[PENDING_PHOTO_KEY]);
    if (stored[PENDING_PHOTO_KEY] !== undefined) await api.storage.session.remove([PENDING_PHOTO_KEY]);
    return record ? pendingOf(record) : null;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Reads and deletes the photo waiting for the panel; null when there is none (a refusal is left for takePending). */
export async function takePendingPhoto(api: Pick<SessionStorageApi, 'storage'>): Promise<PendingPhoto | null> {
  const stored = await api.storage.session.get([PENDING_PHOTO_KEY]);
  if (parseRecord(stored[PENDING_PHOTO_KEY])?.kind !== 'photo') return null;
  const pending = await takePending(api);
  return pending?.kind === 'photo' ? pending.photo : null;
}

/**
 * Calls back with each photo (or refusal) stored from now on, after taking
 * it. Returns a function that stops listening.
 */
export function onPendingPhoto(
  api: SessionStorageApi,
  callback: (photo: PendingPhoto) => void,
  onRefused: (refusal: PendingRefusal) => void = () => undefined,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'session' || changes[PENDING_PHOTO_KEY]?.newValue === undefined) return;
    void takePending(api).then((pending) => {
      if (pending?.kind === 'photo') callback(pending.photo);
      else if (pending?.kind === 'refused') onRefused(pending.refusal);
    });
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}

/** A picture's file name from its address: the last path segment, else "listo-photo". */
export function photoName(url: string, type: string): string {
  const extension = type.split('/')[1]?.replace('jpeg', 'jpg').replace(/[^a-z0-9]/gi, '') || 'img';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      const last = decodeURIComponent(parsed.pathname.split('/').pop() ?? '').replace(/[^\p{L}\p{N}._-]/gu, '_');
      if (last && last !== '_') return /\.[a-z0-9]{2,5}$/i.test(last) ? last : `${last}.${extension}`;
    }
  } catch {
    // Not an address: a made-up name.
  }
  return `listo-photo.${extension}`;
}
