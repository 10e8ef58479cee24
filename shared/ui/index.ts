/** DOM components both shells use (a documented sub-entry of shared/). */
export { h } from './dom';
export { renderFindings, renderFinding, sortFindings, type FindingsViewOptions } from './findings-view';
export { renderLanguagePicker, renderProfileStatus, applyLanguage } from './controls';
export { mountSelfCheck, type SelfCheckHost, type SelfCheckHandle } from './self-check';
export { browserSpeech, hasVoice, speak, type SpeechPlatform } from './read-aloud';
export { createPhotoSection, type PhotoSection, type PhotoSectionOptions, type PhotoSectionView } from './photo-section';
export { loadTranslator } from '../i18n/load-translator';
