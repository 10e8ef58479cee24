// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Device } from '../../../shared/i18n/message';
import { mountGuidedFlow, type GuidedFlowHost, type Screen } from '../../../shared/ui/flow/index';
import type { SpeechPlatform } from '../../../shared/ui/speech-platform';
import { ANDROID, fakePhone } from './fake-phone';

/** A browser that can speak, but has no voice at all: the step's result says so instead of offering "Listen". */
const VOICELESS: SpeechPlatform = {
  speechSynthesis: { getVoices: () => [], speak: () => undefined, cancel: () => undefined, addEventListener: () => undefined },
};

/** The flow on a phone or on the extension's "This computer" tab, in a language, opened at a screen; every probe a fake. */
function host(device: Device, language: string, initialScreen: Screen): GuidedFlowHost {
  return {
    live: fakePhone({ languages: [language] }),
    languages: [language],
    userAgent: ANDROID,
    capture: device === 'phone',
    speech: VOICELESS,
    device,
    initialScreen,
  };
}

/** What the screen shows once it is there (Preact draws after a tick, the probes answer later). */
const until = <T,>(read: () => T | null | undefined, what: string): Promise<T> =>
  vi.waitFor(() => read() || Promise.reject(new Error(`${what} never appeared`)), { timeout: 10_000, interval: 25 }) as Promise<T>;

/** The flow mounted at a screen; `read` waits for what it shows. */
async function onScreen<T>(device: Device, language: string, screen: Screen, read: (root: HTMLElement) => Promise<T>): Promise<T> {
  const root = document.createElement('main');
  document.body.append(root);
  try {
    mountGuidedFlow(root, host(device, language, screen));
    return await read(root);
  } finally {
    root.remove();
  }
}

const text = (root: HTMLElement, selector: string) => until(() => root.querySelector(selector)?.textContent, selector);

describe('the flow\'s screens name the device they run on (issue 20)', () => {
  const profile: Screen = { name: 'profile' };
  const location: Screen = { name: 'step', step: 'location' };

  it('the app screen says "this computer" on the computer tab, and "your phone" on the phone, as before', async () => {
    expect(await onScreen('computer', 'en-US', profile, (root) => text(root, '.flow--profile h1 ~ p'))).toBe(
      'Listo checks this computer for that app. Nothing leaves this computer.',
    );
    expect(await onScreen('phone', 'en-US', profile, (root) => text(root, '.flow--profile h1 ~ p'))).toBe('Listo checks your phone for that app. Nothing leaves your phone.');
  });

  it('in Spanish too, speaking to the person as usted', async () => {
    expect(await onScreen('computer', 'es-MX', profile, (root) => text(root, '.flow--profile h1 ~ p'))).toBe('Listo revisa esta computadora para esa app. Nada sale de esta computadora.');
    expect(await onScreen('phone', 'es-MX', profile, (root) => text(root, '.flow--profile h1 ~ p'))).toBe('Listo revisa su teléfono para esa app. Nada sale de su teléfono.');
  });

  it('the location step says where the location stays, in English and Spanish', async () => {
    const intro = (root: HTMLElement) => text(root, '.flow__intro');
    expect(await onScreen('computer', 'en-US', location, intro)).toBe('Apps check where you are. Your location stays on this computer.');
    expect(await onScreen('phone', 'en-US', location, intro)).toBe('Apps check where you are. Your location stays on this phone.');
    expect(await onScreen('computer', 'es-MX', location, intro)).toBe('Las apps revisan dónde está. Su ubicación se queda en esta computadora.');
    expect(await onScreen('phone', 'es-MX', location, intro)).toBe('Las apps revisan dónde está. Su ubicación se queda en este teléfono.');
  });

  it('a step\'s result with no voice to read it aloud says which device has none', async () => {
    const noVoice = async (root: HTMLElement) => {
      const check = await until(() => root.querySelector<HTMLButtonElement>('[data-action="location"]:not([disabled])'), 'the location button');
      check.click();
      return text(root, '.verdict ~ p.note');
    };
    expect(await onScreen('computer', 'en-US', location, noVoice)).toBe('This computer has no voice to read this language aloud.');
    expect(await onScreen('phone', 'en-US', location, noVoice)).toBe('This phone has no voice to read this language aloud.');
    expect(await onScreen('computer', 'es-MX', location, noVoice)).toBe('Esta computadora no tiene una voz para leer en este idioma.');
  });
});
