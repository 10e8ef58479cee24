import { MAX_TYPED_CODE_LENGTH } from '../../shared/index';

/** Where saved client sessions live: chrome.storage.local in the extension, a fake in tests. */
export interface SessionStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SavedSession {
  id: string;
  /** The client's helper code: all that is kept of the client, on this computer only. */
  code: string;
  savedAt: number;
  /** A few words the volunteer chose to tell clients apart ("Maria, 3 pm"): on this computer only, never in a code. */
  label: string;
}

const KEY = 'listo.clientSessions';
/** More than a shelter saves in months; a stored list longer than this is cut, not read whole (20 000 entries stalled the tab). */
export const MAX_SAVED_SESSIONS = 200;
export const MAX_LABEL_LENGTH = 40;
const CODE_SHAPE = /^[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})*$/;

/**
 * The sessions in what storage holds, whatever it holds: anything that is not
 * a whole session with a code that still reads (`[null]`, numbers, a session
 * without a code, a code with characters no code has) is left out, and the list is cut
 * at MAX_SAVED_SESSIONS. Storage is written by older builds and by hand.
 */
export function validSessions(value: unknown): SavedSession[] {
  if (!Array.isArray(value)) return [];
  const sessions: SavedSession[] = [];
  const codes = new Set<string>();
  for (const item of value.slice(0, MAX_SAVED_SESSIONS * 2)) {
    if (sessions.length >= MAX_SAVED_SESSIONS) break;
    if (typeof item !== 'object' || item === null) continue;
    const { id, code, savedAt, label } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof code !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) continue;
    // Only the shape of a code: a saved code from an older Listo stays listed, and says so when opened.
    if (code.length > MAX_TYPED_CODE_LENGTH || !CODE_SHAPE.test(code) || codes.has(code)) continue;
    codes.add(code);
    sessions.push({ id: id.slice(0, 200), code, savedAt, label: typeof label === 'string' ? cleanLabel(label) : '' });
  }
  return sessions;
}

/** A label as kept: one line, trimmed, at most MAX_LABEL_LENGTH characters. */
export function cleanLabel(label: string): string {
  return [...label.replace(/\s+/g, ' ').trim()].slice(0, MAX_LABEL_LENGTH).join('');
}

/** Nothing is saved unless the volunteer presses Save; each saved session can be deleted, or all at once. */
export function savedSessions(store: SessionStore, now: () => number = Date.now) {
  const list = async (): Promise<SavedSession[]> => {
    try {
      return validSessions(await store.get(KEY));
    } catch {
      return [];
    }
  };
  return {
    list,
    async save(code: string, label = ''): Promise<SavedSession[]> {
      const session: SavedSession = { id: `${now()}-${code}`, code, savedAt: now(), label: cleanLabel(label) };
      const sessions = [session, ...(await list()).filter((s) => s.code !== code)].slice(0, MAX_SAVED_SESSIONS);
      await store.set(KEY, sessions);
      return sessions;
    },
    async remove(id: string): Promise<SavedSession[]> {
      const sessions = (await list()).filter((s) => s.id !== id);
      await store.set(KEY, sessions);
      return sessions;
    },
    async clear(): Promise<SavedSession[]> {
      await store.set(KEY, []);
      return [];
    },
  };
}

/** chrome.storage.local as a SessionStore. */
export function chromeSessionStore(storage: chrome.storage.StorageArea): SessionStore {
  return {
    get: async (key) => (await storage.get(key))[key],
    set: (key, value) => storage.set({ [key]: value }),
  };
}
