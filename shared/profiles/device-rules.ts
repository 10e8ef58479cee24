import type { DeviceRules, NetworkRules, StorageRules } from './profile';

/** Storage, network and device rules no app publishes; shared by every profile until one does. */
export const defaultStorageRules: StorageRules = {
  warnBelowAvailableMB: {
    value: 200,
    source: 'Listo default (issue #4): the quota is usage + min(10 GiB, free disk) in Chrome, so a small remainder means a nearly full phone',
    verified: '2026-11-25',
    note: 'Quota is fuzzed on purpose (docs/pitfalls.md, Storage: WebKit PR#8292): a hint, not the phone\'s free space',
  },
  failBelowAvailableMB: {
    value: 50,
    source: 'Listo default (issue #4): apps that take a selfie and cache their data need tens of MB to run',
    verified: '2026-11-25',
  },
  cacheWarnAboveMB: {
    value: 100,
    source: 'Listo default (issue #4): Listo itself caches well under 1 MB; more means stale or opaque entries (~7 MB each in Chrome, workbox#2226)',
    verified: '2026-11-25',
  },
};

export const defaultNetworkRules: NetworkRules = {
  slowEffectiveTypes: {
    value: ['slow-2g', '2g'],
    source: 'Network Information API (WICG): effectiveType slow-2g and 2g mean round trips over 1.4 s; uploading a selfie then often fails',
    verified: '2026-11-25',
  },
};

export const defaultDeviceRules: DeviceRules = {
  engineMinimums: {
    value: { chromium: '94', webkit: '16.4', gecko: '93' },
    source: 'Listo build target es2022 (vite.config.ts): class static blocks need Chrome 94, Safari 16.4, Firefox 93 (MDN browser-compat-data)',
    verified: '2026-11-25',
  },
  systemMinimums: null,
};
