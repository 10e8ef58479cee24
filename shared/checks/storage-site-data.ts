import type { Check } from './check';
import type { Finding } from './finding';

const STORES = ['cookies', 'localStorage', 'indexedDB'] as const;

/**
 * storage.site-data: whether cookies, localStorage and IndexedDB work. Some
 * private modes and strict settings refuse them, and apps that keep a login
 * or a draft then fail in odd ways.
 */
export const storageSiteData: Check = {
  id: 'storage.site-data',
  appliesTo: (facts) => facts.storage !== undefined,
  judge(facts): Finding {
    const storage = facts.storage!;
    const base = { check: 'storage.site-data' };
    const evidence = {
      cookies: storage.cookies,
      localStorage: storage.localStorage,
      indexedDB: storage.indexedDB,
      errors: storage.storeErrors ? Object.entries(storage.storeErrors).map(([store, error]) => `${store}: ${error}`) : [],
    };
    const failing = STORES.filter((store) => storage[store] === false);
    if (failing.length > 0) {
      return {
        ...base,
        status: 'fail',
        message: { key: 'storage.site-data.blocked', params: { stores: failing.join(', ') } },
        evidence,
        fixes: ['storage.leave-private', 'storage.allow-site-data'],
      };
    }
    if (STORES.every((store) => storage[store] === null)) {
      return { ...base, status: 'unknown', message: { key: 'storage.site-data.untested' }, evidence, fixes: [] };
    }
    return { ...base, status: 'pass', message: { key: 'storage.site-data.pass' }, evidence, fixes: [] };
  },
};
