/**
 * The browser's speech synthesis, as read-aloud.ts uses it; tests hand a fake. Apart from read-aloud.ts so that the
 * shells can hand it in from the first load while the voice matching loads with the screens that speak (issue 21).
 */
export interface SpeechPlatform {
  speechSynthesis?: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'addEventListener'>;
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
}

export const browserSpeech = (): SpeechPlatform => ({
  speechSynthesis: globalThis.speechSynthesis,
  createUtterance: typeof SpeechSynthesisUtterance === 'function' ? (text) => new SpeechSynthesisUtterance(text) : undefined,
});
