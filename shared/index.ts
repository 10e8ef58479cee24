/** The public surface of Listo's core: shells and tests import from here. */
export type { Facts, TimeFacts, TzdataFacts, ZoneOffsetSeries, LocationFacts, Position, Instant } from './facts/facts';
export type { Finding, Status, Message, EvidenceValue } from './checks/finding';
export type { Check } from './checks/check';
export type { Profile, Sourced, Source, TimeRules } from './profiles/profile';
export type { ProfileId } from './profiles/index';
export type { Platform, FixId } from './fixes/fix-library';
export type { Translator } from './i18n/translate';
export type { LanguageCode, Language } from './i18n/languages';

export { judge } from './checks/judge';
export { CHECKS } from './checks/registry';
export { STATUS_ORDER } from './checks/finding';
export { profiles } from './profiles/index';
export { readTzdataFacts } from './facts/tzdata-probe';
export { readTimeFacts, readClockReference, browserTimePlatform } from './facts/time-probe';
export { readPosition, readLocationPermission } from './facts/location-probe';
export { FIX_IDS, PLATFORMS, fixStepKeys, fixTitleKey, guessPlatform } from './fixes/fix-library';
export { createTranslator, CATALOGUES } from './i18n/translate';
export { LANGUAGES, pickLanguage, findLanguage } from './i18n/languages';
export { formatOffset } from './i18n/format';
export type { PhotoMetadata, PhotoFormat } from './photo/metadata';
export type { PixelMetrics, RgbaImage } from './photo/pixels/measure';
export { readPhotoMetadata } from './photo/metadata';
export { measurePixels, analysisSize, exposureMask, ANALYSIS_LONG_SIDE } from './photo/pixels/measure';
export type { PhotoFacts } from './facts/facts';
export type { PhotoRules } from './profiles/profile';
export { PHOTO_CHECK_IDS } from './profiles/photo-rules';
