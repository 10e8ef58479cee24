/** A fake of the chrome.* pieces the photo menu and the pending photo use: session storage with change events, and call records. */
export function fakeSessionChrome() {
  const session = new Map<string, unknown>();
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, areaName: string) => void>();
  const calls: string[] = [];
  const storage = {
    session: {
      get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))])),
      set: async (items: Record<string, unknown>) => {
        calls.push(`session.set ${Object.keys(items).join()}`);
        for (const [k, v] of Object.entries(items)) session.set(k, JSON.parse(JSON.stringify(v)));
        for (const listener of listeners) listener(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'session');
      },
      remove: async (keys: string[]) => {
        for (const k of keys) session.delete(k);
      },
    },
    onChanged: {
      addListener: (listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void) => void listeners.add(listener),
      removeListener: (listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void) => void listeners.delete(listener),
    },
  };
  return { storage, session, listeners, calls };
}
