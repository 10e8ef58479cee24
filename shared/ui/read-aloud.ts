/**
 * Reads text aloud where the phone has a voice for the language. Known traps
 * (PITFALLS.md, read-aloud): getVoices() starts empty until voiceschanged;
 * Android Chrome ignores utterance.voice, so the language goes on the
 * utterance; Google voices stop after ~15 s, so we speak sentence by
 * sentence; iOS speaks only after a tap; there is no Haitian Creole voice, and
 * Creole must not be read with a French voice.
 */

export interface SpeechPlatform {
  speechSynthesis?: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'addEventListener'>;
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
}

export const browserSpeech = (): SpeechPlatform => ({
  speechSynthesis: globalThis.speechSynthesis,
  createUtterance: typeof SpeechSynthesisUtterance === 'function' ? (text) => new SpeechSynthesisUtterance(text) : undefined,
});

/** Sentence-sized pieces, so that no utterance runs long enough to be cut off. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whether a voice for the language is installed; voices may arrive late, so ask again on voiceschanged. */
export function hasVoice(platform: SpeechPlatform, lang: string | null): boolean {
  if (!lang || !platform.speechSynthesis || !platform.createUtterance) return false;
  const base = lang.toLowerCase().split('-')[0];
  return platform.speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
}

export function speak(platform: SpeechPlatform, lang: string, text: string): void {
  const synth = platform.speechSynthesis;
  const create = platform.createUtterance;
  if (!synth || !create) return;
  synth.cancel();
  for (const sentence of sentences(text)) {
    const utterance = create(sentence);
    utterance.lang = lang;
    synth.speak(utterance);
  }
}
