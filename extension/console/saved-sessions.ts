/** Where saved client sessions live: chrome.storage.local in the extension, a fake in tests. */
export interface SessionStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SavedSession {
  id: string;
  /** The client's helper code: all that is kept, on this computer only. */
  code: string;
  savedAt: number;
}

const KEY = 'listo.clientSessions';

/** Nothing is saved unless the volunteer presses Save; each saved session can be deleted, or all at once. */
export function savedSessions(store: SessionStore, now: () => number = Date.now) {
  const list = async (): Promise<SavedSession[]> => {
    const value = await store.get(KEY);
    return Array.isArray(value) ? (value as SavedSession[]) : [];
  };
  return {
    list,
    async save(code: string): Promise<SavedSession[]> {
      const sessions = [{ id: `${now()}-${code}`, code, savedAt: now() }, ...(await list()).filter((s) => s.code !== code)];
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
