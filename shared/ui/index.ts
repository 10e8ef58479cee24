/** What the extension's own pages share with the apps (a documented sub-entry of shared/); the screens are in flow/. */
export { applyLanguage } from './controls';
export { hasVoice, speak } from './read-aloud';
export { browserSpeech, type SpeechPlatform } from './speech-platform';
export { loadTranslator } from '../i18n/load-translator';
