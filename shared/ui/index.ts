/** What the extension's own pages share with the apps (a documented sub-entry of shared/); the screens are in flow/. */
export { applyLanguage } from './controls';
export { browserSpeech, hasVoice, speak, type SpeechPlatform } from './read-aloud';
export { loadTranslator } from '../i18n/load-translator';
