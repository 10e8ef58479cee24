import { describe, expect, it } from 'vitest';
import { KEEP_MESSAGE, cacheFor, type KeepReply, type KeepRequest } from '../../pwa/offline-cache';
import { watchOfflineReadiness, type OfflineReadiness, type ReadinessPlatform } from '../../pwa/offline-readiness';

const ORIGIN = 'https://listo.example/';
const SPANISH = `${ORIGIN}assets/messages/es-D4FEPH27.js`;
const CREOLE = `${ORIGIN}assets/messages/ht-BxC1vgVj.js`;

/** A service worker that answers each keep request with `answer(urls)`, and a page that loaded `loaded` so far. */
function fakePlatform(loaded: string[], answer: (urls: string[]) => KeepReply | null, installed = true) {
  const asked: string[][] = [];
  let loadListener: (urls: string[]) => void = () => undefined;
  const platform: ReadinessPlatform = {
    plainFaceModel: false,
    activated: async () =>
      installed
        ? {
            postMessage(message: KeepRequest, [port]: Transferable[]) {
              expect(message.type).toBe(KEEP_MESSAGE);
              expect(message.plainFaceModel).toBe(false);
              asked.push(message.urls);
              const reply = answer(message.urls);
              if (reply) (port as unknown as { resolve(reply: KeepReply): void }).resolve(reply);
            },
          }
        : null,
    watchLoadedFiles(listener) {
      loadListener = listener;
      listener(loaded);
    },
    channel() {
      let resolve: (reply: KeepReply) => void = () => undefined;
      const reply = new Promise<KeepReply>((r) => (resolve = r));
      return { port: { resolve } as unknown as Transferable, reply };
    },
  };
  return { platform, asked, load: (urls: string[]) => loadListener(urls) };
}

async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('offline readiness', () => {
  it('is ready only once the service worker has kept the language shown and its precache is complete', async () => {
    const { platform, asked } = fakePlatform([`${ORIGIN}assets/index-abc.js`, SPANISH], () => ({ kept: true, complete: true }));
    const seen: OfflineReadiness[] = [];
    watchOfflineReadiness(platform, (r) => seen.push(r));
    await settle();
    expect(asked).toEqual([[SPANISH]]);
    expect(seen).toEqual(['ready']);
  });

  it('is not ready while the precache is incomplete (the face model missing), even with the language kept', async () => {
    const { platform } = fakePlatform([SPANISH], () => ({ kept: true, complete: false }));
    const seen: OfflineReadiness[] = [];
    watchOfflineReadiness(platform, (r) => seen.push(r));
    await settle();
    expect(seen).toEqual(['not-ready']);
  });

  it('is not ready when the service worker failed to install', async () => {
    const { platform } = fakePlatform([SPANISH], () => ({ kept: true, complete: true }), false);
    const seen: OfflineReadiness[] = [];
    watchOfflineReadiness(platform, (r) => seen.push(r));
    await settle();
    expect(seen).toEqual(['not-ready']);
  });

  it('keeps a language chosen later, and is no longer ready if it could not be kept', async () => {
    const { platform, asked, load } = fakePlatform([SPANISH], (urls) => ({ kept: !urls.includes(CREOLE), complete: true }));
    const seen: OfflineReadiness[] = [];
    watchOfflineReadiness(platform, (r) => seen.push(r));
    await settle();
    load([`${ORIGIN}assets/screens-x.js`]); // nothing to keep: no new request
    load([CREOLE]);
    await settle();
    expect(asked).toEqual([[SPANISH], [SPANISH, CREOLE]]);
    expect(seen).toEqual(['ready', 'not-ready']);
  });

  it('says not ready when the service worker does not answer in time', async () => {
    const { platform } = fakePlatform([SPANISH], () => null);
    const seen: OfflineReadiness[] = [];
    watchOfflineReadiness(platform, (r) => seen.push(r), () => Promise.resolve());
    await settle();
    expect(seen).toEqual(['not-ready']);
  });
});

describe('what the service worker keeps on first use', () => {
  it('keeps language catalogues and trainer files, and leaves the rest to the precache', () => {
    expect(cacheFor(SPANISH)).toBe('listo-languages');
    expect(cacheFor(`${ORIGIN}assets/trainer/selfie-fine-CTDJPoGk.jpg`)).toBe('listo-trainer');
    expect(cacheFor(`${ORIGIN}assets/trainer/head-tilted-VEluUCK2.js`)).toBe('listo-trainer');
    expect(cacheFor(`${ORIGIN}assets/index-abc.js`)).toBeNull();
    expect(cacheFor(`${ORIGIN}assets/tiny_face_detector_model-C4Zmc5xe.bin`)).toBeNull();
  });
});
