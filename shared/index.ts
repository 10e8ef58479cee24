/** The public surface of Listo's core: shells and tests import from here. */

// Facts, findings, profiles: the data that travels.
export type {
  Facts,
  TimeFacts,
  TzdataFacts,
  ZoneOffsetSeries,
  LocationFacts,
  LocationPermission,
  LocationRequestOutcome,
  Position,
  Instant,
  StorageFacts,
  NetworkFacts,
  DeviceFacts,
  PhotoFacts,
} from './facts/facts';
export type { Finding, Verdict, Status, EvidenceValue } from './checks/finding';
export type { Message } from './i18n/message';
export type { Check, FactNeed } from './checks/check';
export type {
  Profile,
  ProfileState,
  ProfileStatus,
  Sourced,
  Source,
  TimeRules,
  LocationRules,
  AccuracyRules,
  AcceptedAreaRules,
  StorageRules,
  NetworkRules,
  DeviceRules,
  PhotoRules,
} from './profiles/profile';
export type { ProfileId } from './profiles/index';
export type { Platform, FixId } from './fixes/fix-library';
export type { Translator } from './i18n/translator';
export type { MessageKey } from './i18n/catalogue';
export type { LanguageCode, Language } from './i18n/languages';
export type { PhotoMetadata, PhotoFormat } from './photo/metadata';
export type { PixelMetrics, RgbaImage } from './photo/pixels/measure';

// Judging.
export { judge } from './checks/judge';
export { CHECKS, CHECK_IDS, checkIdsOf, isCheckId, type CheckId } from './checks/registry';
export { STATUS_ORDER } from './checks/finding';
export { profiles } from './profiles/index';

// Probes: the only code that reads the device.
export { readTzdataFacts } from './probes/tzdata-probe';
export { readTimeFacts, readClockReference, browserTimePlatform } from './probes/time-probe';
export { readPosition, readLocationPermission, readLocationHint, type LocationProbePlatform, type PositionOutcome } from './probes/location-probe';
export { readStorageFacts, browserStoragePlatform, type StorageProbePlatform } from './probes/storage-probe';
export { readNetworkFacts, browserNetworkPlatform, type NetworkProbePlatform, type ConnectionInfo } from './probes/network-probe';
export { readDeviceFacts, browserDevicePlatform, type DeviceProbePlatform } from './probes/device-probe';
export { parseUserAgent, parseClientHints, type ClientHints } from './probes/user-agent';
export { readPhotoMetadata } from './photo/metadata';
export { measurePixels, analysisSize, exposureMask, ANALYSIS_LONG_SIDE } from './photo/pixels/measure';

// Trainer mode: the list is cheap; each scenario and its photo load only when asked for.
export {
  SCENARIO_IDS,
  isScenarioId,
  loadScenario,
  scenarioPhotoUrl,
  scenarioTitleKey,
  scenarioDescriptionKey,
  type Scenario,
  type ScenarioId,
} from './scenarios/index';

// Fixes, languages, pictures.
export { FIX_IDS, PLATFORMS, fixStepKeys, fixTitleKey, guessPlatform } from './fixes/fix-library';
export { fixStepParams } from './fixes/fix-params';
export { LANGUAGES, pickLanguage, findLanguage, isLanguageCode } from './i18n/languages';
export { formatOffset } from './i18n/format';
export { areaMapModel, type AreaMapModel } from './geo/area-map';
export { MEXICO_STATES_SOURCE } from './geo/mexico-states';

// The volunteer's console: a client's helper code, judged again where its facts travelled.
export { clientChecks, type ClientCheck } from './session/client-report';
export { LIKELY_FIXES } from './fixes/check-fixes';
export { searchFixes, SYMPTOMS, type Symptom } from './fixes/symptoms';
export {
  decodeHelperCode,
  encodeHelperCode,
  groupedForReading,
  MAX_TYPED_CODE_LENGTH,
  loadHelperQr,
  loadQrReader,
  type HelperReport,
  type DecodeFailure,
  type ReadQrPlatform,
} from './report/index';
