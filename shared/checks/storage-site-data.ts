import { defineCheck } from './check';
import type { Verdict } from './finding';

const STORES = ['cookies', 'localStorage', 'indexedDB'] as const;

/**
 * storage.site-data: whether cookies, localStorage and IndexedDB work. Some
 * private modes and strict settings refuse them, and apps that keep a login
 * or a draft then fail in odd ways.
 */
export const storageSiteData = defineCheck({
  id: 'storage.site-data',
  needs: ['storage'],
  judge(facts): Verdict {
    const storage = facts.storage!;
    const evidence = {
      cookies: storage.cookies,
      localStorage: storage.localStorage,
      indexedDB: storage.indexedDB,
      errors: storage.storeErrors ? Object.entries(storage.storeErrors).map(([store, error]) => `${store}: ${error}`) : [],
    };
    const failing = STORES.filter((store) => storage[store] === false);
    if (failing.length > 0) {
      return {
        status: 'fail',
        message: { key: 'storage.site-data.blocked', params: { stores: failing.join(', ') } },
        evidence,
        fixes: ['storage.leave-private', 'storage.allow-site-data'],
      };
    }
    if (STORES.every((store) => storage[store] === null)) {
      return { status: 'unknown', message: { key: 'storage.site-data.untested' }, evidence, fixes: [] };
    }
    return { status: 'pass', message: { key: 'storage.site-data.pass' }, evidence, fixes: [] };
  },
});
