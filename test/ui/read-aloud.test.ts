import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { findVoice, hasVoice, sentences, speak, voiceSpeaks } from '../../shared/ui/read-aloud';
import type { SpeechPlatform } from '../../shared/ui/speech-platform';

function fakeSpeech(voiceLangs: Array<string | { lang: string; name?: string; localService?: boolean }>) {
  const spoken: Array<{ text: string; lang: string; voice: string | undefined }> = [];
  let cancelled = 0;
  const voices = voiceLangs.map((v) => {
    const voice = typeof v === 'string' ? { lang: v, name: v, localService: true } : { name: v.lang, localService: true, ...v };
    return voice as SpeechSynthesisVoice;
  });
  const platform: SpeechPlatform = {
    speechSynthesis: {
      speak: (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      cancel: () => void cancelled++,
      getVoices: () => voices,
      addEventListener: () => undefined,
    },
    createUtterance: (text) => ({ text, lang: '', voice: null }) as SpeechSynthesisUtterance,
  };
  return { platform, spoken, cancelled: () => cancelled };
}

/** Voice lists as phones report them (Android Chrome with Google TTS, iPhone Safari, desktop Chrome). */
const ANDROID = ['en-US', 'en-GB', 'es-ES', 'es-US', 'fr-FR', 'fr-CA', 'pt-BR', 'pt-PT', 'ru-RU', 'zh-CN', 'zh-TW', 'yue-HK', 'hi-IN', 'tr-TR', 'ar'];
const IPHONE = ['en-US', 'es-MX', 'fr-FR', 'pt-BR', 'ru-RU', 'zh-CN', 'zh-HK', 'zh-TW', 'hi-IN', 'tr-TR', 'ar-001'];
const NO_INDIC = ['en-US', 'es-US', 'fr-FR'];

describe('read-aloud', () => {
  it('speaks sentence by sentence in the page language, after stopping what was playing', () => {
    const speech = fakeSpeech(['es-MX']);
    expect(speak(speech.platform, 'es-MX', 'El reloj está bien. La zona horaria está mal! ¿Ves?')).toBe(true);
    expect(speech.cancelled()).toBe(1);
    expect(speech.spoken).toEqual([
      { text: 'El reloj está bien.', lang: 'es-MX', voice: 'es-MX' },
      { text: 'La zona horaria está mal!', lang: 'es-MX', voice: 'es-MX' },
      { text: '¿Ves?', lang: 'es-MX', voice: 'es-MX' },
    ]);
  });

  it('offers reading only where a voice for the language exists', () => {
    expect(hasVoice(fakeSpeech(['es-US', 'en-GB']).platform, 'es-MX')).toBe(true);
    expect(hasVoice(fakeSpeech(['en_US']).platform, 'en-US')).toBe(true);
    expect(hasVoice(fakeSpeech(['fr-FR']).platform, 'es-MX')).toBe(false);
  });

  it('never offers Haitian Creole, which has no voice (and must not get a French one)', () => {
    expect(hasVoice(fakeSpeech(['fr-FR', 'fr-CA']).platform, null)).toBe(false);
    expect(voiceSpeaks('fr-FR', 'ht')).toBe(false);
    const creole = LANGUAGES.find((l) => l.code === 'ht')!;
    expect(hasVoice(fakeSpeech(ANDROID).platform, creole.speechLang)).toBe(false);
  });

  it('reads Arabic with any Arabic voice (ar, ar-001, ar-EG), and Punjabi only with a Gurmukhi Punjabi voice', () => {
    expect(hasVoice(fakeSpeech(ANDROID).platform, 'ar')).toBe(true);
    expect(hasVoice(fakeSpeech(IPHONE).platform, 'ar')).toBe(true);
    expect(hasVoice(fakeSpeech(['ar-EG']).platform, 'ar')).toBe(true);
    expect(hasVoice(fakeSpeech(['he-IL', 'fa-IR', 'ur-PK']).platform, 'ar')).toBe(false);
    expect(hasVoice(fakeSpeech(ANDROID).platform, 'pa-IN')).toBe(false);
    expect(hasVoice(fakeSpeech(['hi-IN']).platform, 'pa-IN')).toBe(false);
    expect(hasVoice(fakeSpeech(['pa-PK']).platform, 'pa-IN')).toBe(false);
    expect(hasVoice(fakeSpeech(['pa-IN']).platform, 'pa-IN')).toBe(true);
    expect(hasVoice(fakeSpeech(['pa-Guru-IN']).platform, 'pa-IN')).toBe(true);
  });

  it('reads Simplified Chinese with a Mandarin voice, never a Cantonese one', () => {
    expect(findVoice(fakeSpeech(['zh-HK', 'yue-HK']).platform, 'zh-CN')).toBeUndefined();
    expect(findVoice(fakeSpeech(['zh-HK', 'zh-TW']).platform, 'zh-CN')?.lang).toBe('zh-TW');
    expect(findVoice(fakeSpeech(IPHONE).platform, 'zh-CN')?.lang).toBe('zh-CN');
    expect(hasVoice(fakeSpeech(['cmn-Hans-CN']).platform, 'zh-CN')).toBe(true);
  });

  it('prefers the exact tag and a voice on the phone', () => {
    const speech = fakeSpeech([{ lang: 'pt-PT' }, { lang: 'pt-BR', name: 'online', localService: false }, { lang: 'pt-BR', name: 'local' }]);
    expect(findVoice(speech.platform, 'pt-BR')?.name).toBe('local');
    expect(findVoice(fakeSpeech(['pt-PT']).platform, 'pt-BR')?.lang).toBe('pt-PT');
  });

  it('has a voice for every shipped language with a speechLang on a full Android phone, except where phones lack one', () => {
    const withVoice = LANGUAGES.filter((l) => l.speechLang !== null && hasVoice(fakeSpeech(ANDROID).platform, l.speechLang)).map((l) => l.code);
    expect(withVoice).toContain('es');
    expect(withVoice).not.toContain('ht');
    expect(LANGUAGES.filter((l) => l.speechLang !== null && !hasVoice(fakeSpeech(NO_INDIC).platform, l.speechLang)).map((l) => l.code)).not.toContain('en');
  });

  it('does nothing where the browser cannot speak (Android WebView) or has no voice', () => {
    expect(hasVoice({}, 'es-MX')).toBe(false);
    expect(() => speak({}, 'es-MX', 'Hola.')).not.toThrow();
    const speech = fakeSpeech(['fr-FR']);
    expect(speak(speech.platform, null, 'Bonjou.')).toBe(false);
    expect(speak(speech.platform, 'es-MX', 'Hola.')).toBe(false);
    expect(speech.spoken).toEqual([]);
  });

  it('splits text into sentences, in Latin, Chinese and Hindi script, without breaking numbers', () => {
    expect(sentences('Uno. Dos… Tres')).toEqual(['Uno.', 'Dos…', 'Tres']);
    expect(sentences('About 3.5 km. Fine.')).toEqual(['About 3.5 km.', 'Fine.']);
    expect(sentences('时钟正确。时区错误！')).toEqual(['时钟正确。', '时区错误！']);
    expect(sentences('घड़ी सही है। समय क्षेत्र गलत है।')).toEqual(['घड़ी सही है।', 'समय क्षेत्र गलत है।']);
  });
});
