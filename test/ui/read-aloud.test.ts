import { describe, expect, it } from 'vitest';
import { hasVoice, sentences, speak, type SpeechPlatform } from '../../shared/ui/read-aloud';

function fakeSpeech(voiceLangs: string[]) {
  const spoken: Array<{ text: string; lang: string }> = [];
  let cancelled = 0;
  const platform: SpeechPlatform = {
    speechSynthesis: {
      speak: (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => void cancelled++,
      getVoices: () => voiceLangs.map((lang) => ({ lang }) as SpeechSynthesisVoice),
      addEventListener: () => undefined,
    },
    createUtterance: (text) => ({ text, lang: '' }) as SpeechSynthesisUtterance,
  };
  return { platform, spoken, cancelled: () => cancelled };
}

describe('read-aloud', () => {
  it('speaks sentence by sentence in the page language, after stopping what was playing', () => {
    const speech = fakeSpeech(['es-MX']);
    speak(speech.platform, 'es-MX', 'El reloj está bien. La zona horaria está mal! ¿Ves?');
    expect(speech.cancelled()).toBe(1);
    expect(speech.spoken).toEqual([
      { text: 'El reloj está bien.', lang: 'es-MX' },
      { text: 'La zona horaria está mal!', lang: 'es-MX' },
      { text: '¿Ves?', lang: 'es-MX' },
    ]);
  });

  it('offers reading only where a voice for the language exists', () => {
    expect(hasVoice(fakeSpeech(['es-US', 'en-GB']).platform, 'es-MX')).toBe(true);
    expect(hasVoice(fakeSpeech(['en_US']).platform, 'en-US')).toBe(true);
    expect(hasVoice(fakeSpeech(['fr-FR']).platform, 'es-MX')).toBe(false);
  });

  it('never offers Haitian Creole, which has no voice (and must not get a French one)', () => {
    expect(hasVoice(fakeSpeech(['fr-FR', 'fr-CA']).platform, null)).toBe(false);
  });

  it('does nothing where the browser cannot speak (Android WebView)', () => {
    expect(hasVoice({}, 'es-MX')).toBe(false);
    expect(() => speak({}, 'es-MX', 'Hola.')).not.toThrow();
  });

  it('splits text into sentences', () => {
    expect(sentences('Uno. Dos… Tres')).toEqual(['Uno.', 'Dos…', 'Tres']);
  });
});
