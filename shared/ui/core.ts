/**
 * What the shells load after the first screen: judging and the probes. Not
 * shared/index.ts, which also carries every message catalogue for tests and
 * tools; a phone loads only the language it shows (i18n/load-translator.ts).
 */
export { judge } from '../checks/judge';
export { judgeSession } from '../session/judge-session';
export { profiles } from '../profiles/index';
export { readTzdataFacts } from '../probes/tzdata-probe';
export { readTimeFacts } from '../probes/time-probe';
export { readPosition, readLocationHint } from '../probes/location-probe';
export { readStorageFacts, browserStoragePlatform } from '../probes/storage-probe';
export { readNetworkFacts, browserNetworkPlatform } from '../probes/network-probe';
export { readDeviceFacts, browserDevicePlatform } from '../probes/device-probe';
export { areaMapModel } from '../geo/area-map';
export { MEXICO_STATES_SOURCE } from '../geo/mexico-states';

export const loadCore = () => import('./core');
