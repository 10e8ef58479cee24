/**
 * Reads text aloud where the phone has a voice for the language. Known traps
 * (docs/pitfalls.md, Read-aloud): getVoices() starts empty until voiceschanged;
 * Android Chrome ignores utterance.voice, so the language goes on the
 * utterance too; Google voices stop after ~15 s, so we speak sentence by
 * sentence; iOS speaks only after a tap; there is no Haitian Creole voice, and
 * Creole must not be read with a French voice.
 *
 * A voice serves a language only when it speaks that very language: the same
 * language subtag (an "ar-EG" voice reads Arabic, an "es-US" voice Mexican
 * Spanish), never a neighbour (French for Creole, Hindi for Punjabi), and not
 * a variant that cannot read our script or speaks another tongue under the
 * same subtag (a zh-HK voice speaks Cantonese; a pa-PK voice reads Shahmukhi).
 */
import type { SpeechPlatform } from './speech-platform';

/** Sentence-sized pieces, so that no utterance runs long enough to be cut off. */
export function sentences(text: string): string[] {
  return text
    // Latin full stops end a sentence only before a space ("3.5 km" stays whole); CJK and Devanagari ones always do.
    .split(/(?<=[.!?…])\s+|(?<=[。！？।])\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Subtags after the language that make a voice unable to read a language's catalogue. */
const WRONG_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  zh: ['hk', 'mo', 'yue'],
  pa: ['pk', 'arab'],
};

/** Other language subtags that name the same spoken language ("cmn" is Mandarin, written zh by most phones). */
const SAME_LANGUAGE: Readonly<Record<string, string>> = { cmn: 'zh', fil: 'tl' };

function subtags(tag: string): string[] {
  return tag.toLowerCase().replaceAll('_', '-').split('-').filter(Boolean);
}

/** Whether a voice tagged `voiceLang` speaks the language tagged `lang` (see the rule above). */
export function voiceSpeaks(voiceLang: string, lang: string): boolean {
  const [voiceBase = '', ...voiceRest] = subtags(voiceLang);
  const [base = ''] = subtags(lang);
  if ((SAME_LANGUAGE[voiceBase] ?? voiceBase) !== (SAME_LANGUAGE[base] ?? base)) return false;
  const wrong = WRONG_VARIANTS[SAME_LANGUAGE[base] ?? base] ?? [];
  return !voiceRest.some((subtag) => wrong.includes(subtag));
}

/**
 * The installed voice for the language, preferring the exact tag (es-MX over
 * es-ES), then a local voice over a network one. Undefined where none speaks it.
 */
export function findVoice(platform: SpeechPlatform, lang: string | null): SpeechSynthesisVoice | undefined {
  if (!lang || !platform.speechSynthesis || !platform.createUtterance) return undefined;
  const voices = platform.speechSynthesis.getVoices().filter((voice) => voiceSpeaks(voice.lang, lang));
  const exact = (voice: SpeechSynthesisVoice) => subtags(voice.lang).join('-') === subtags(lang).join('-');
  return voices.find((v) => exact(v) && v.localService) ?? voices.find(exact) ?? voices.find((v) => v.localService) ?? voices[0];
}

/** Whether a voice for the language is installed; voices may arrive late, so ask again on voiceschanged. */
export function hasVoice(platform: SpeechPlatform, lang: string | null): boolean {
  return findVoice(platform, lang) !== undefined;
}

/** Speaks the text with a voice for the language; does nothing (and says false) where the phone has none. */
export function speak(platform: SpeechPlatform, lang: string | null, text: string): boolean {
  const synth = platform.speechSynthesis;
  const create = platform.createUtterance;
  const voice = findVoice(platform, lang);
  if (!synth || !create || !voice || !lang) return false;
  synth.cancel();
  for (const sentence of sentences(text)) {
    const utterance = create(sentence);
    utterance.voice = voice;
    // Android Chrome ignores .voice and picks by .lang: the voice's own tag keeps it on the voice we found.
    utterance.lang = voice.lang.replaceAll('_', '-') || lang;
    synth.speak(utterance);
  }
  return true;
}
