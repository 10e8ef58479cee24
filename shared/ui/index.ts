/** DOM helpers the extension's own pages use (a documented sub-entry of shared/); the apps' screens are in flow/. */
export { h } from './dom';
export { applyLanguage } from './controls';
export { browserSpeech, hasVoice, speak, type SpeechPlatform } from './read-aloud';
export { loadTranslator } from '../i18n/load-translator';
