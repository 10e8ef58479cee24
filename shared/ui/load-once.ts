/** A lazily loaded part of the app: loaded once it succeeds, tried again on the next call after it fails. */
export interface LoadOnce<T> {
  load(): Promise<T>;
  /** What was loaded, or null before it was (so a screen can draw it at once when it is there). */
  loaded(): T | null;
}

/**
 * A failed load is forgotten, not kept: a chunk that failed on a flaky line
 * loads on the next press instead of failing for the rest of the session.
 */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load() {
      pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
  };
}
