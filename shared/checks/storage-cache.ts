import { defineCheck } from './check';
import type { Verdict, Message } from './finding';

const MB = 1024 * 1024;

/**
 * storage.cache: Cache Storage of this origin and its service worker. A page
 * sees only its own origin's caches, never another app's: the app's own
 * cache is cleared in the phone's settings (the fix says how).
 */
export const storageCache = defineCheck({
  id: 'storage.cache',
  needs: ['storage'],
  judge(facts, profile): Verdict {
    const storage = facts.storage!;
    const ownCaches = storage.caches;
    const evidence = {
      caches: ownCaches?.count ?? null,
      entries: ownCaches?.entries ?? null,
      cacheMB: ownCaches?.bytes === null || ownCaches?.bytes === undefined ? null : Math.round((ownCaches.bytes / MB) * 10) / 10,
      serviceWorker: storage.serviceWorker,
      cachesError: storage.cachesError ?? null,
    };
    const details: Message[] = [{ key: 'storage.cache.otherApps' }];
    if (!ownCaches) {
      return { status: 'unknown', message: { key: 'storage.cache.unsupported' }, details, evidence, fixes: ['storage.clear-app-cache'] };
    }
    const params = { count: ownCaches.count, entries: ownCaches.entries, mb: evidence.cacheMB ?? 0 };
    if (ownCaches.bytes !== null && ownCaches.bytes > profile.storage.cacheWarnAboveMB.value * MB) {
      return {
        status: 'warn',
        message: { key: 'storage.cache.large', params },
        details,
        evidence,
        fixes: ['storage.clear-site-cache', 'storage.clear-app-cache'],
      };
    }
    return {
      status: 'pass',
      message: { key: ownCaches.bytes === null ? 'storage.cache.passUnknownSize' : 'storage.cache.pass', params },
      details,
      evidence,
      fixes: ['storage.clear-app-cache'],
    };
  },
});
