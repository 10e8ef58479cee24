/**
 * What the service worker keeps beyond its precache, shared by the service
 * worker (pwa/sw.ts) and the page (pwa/offline-readiness.ts).
 *
 * The precache holds the app shell and the face model: what every person needs
 * offline. A language catalogue is kept only once the person's phone has shown
 * it, and trainer mode's recorded phones only once a trainer has opened them:
 * ten catalogues nobody chose were 230 KiB of a first visit on a slow line.
 * vite.config.ts names these files so that these patterns find them.
 */

/** Language catalogues, one chunk per language (vite.config.ts: assets/messages/). */
export const LANGUAGE_FILES = /\/assets\/messages\/[^/]+\.js$/;
/** Trainer mode's recorded phones and their sample photos (vite.config.ts: assets/trainer/). */
export const TRAINER_FILES = /\/assets\/trainer\/[^/]+\.(?:js|jpg)$/;

/** The face model's plain weight files, for browsers that cannot inflate the precached gzip copies. */
export const PLAIN_FACE_MODEL_FILES = /\/assets\/[^/]+\.bin$/;

export const LANGUAGES_CACHE = 'listo-languages';
export const PLAIN_FACE_MODEL_CACHE = 'listo-face-model';
export const TRAINER_CACHE = 'listo-trainer';

/**
 * The page asks the service worker to keep files it loaded before the service
 * worker controlled it (a first visit); the reply says whether all were kept.
 */
export const KEEP_MESSAGE = 'listo:keep';

export interface KeepRequest {
  type: typeof KEEP_MESSAGE;
  urls: string[];
  /**
   * The browser cannot inflate the precached gzip copies of the face model (no DecompressionStream: Safari
   * before 16.4), so the photo worker fetches the plain `.bin` files: keep those too.
   */
  plainFaceModel: boolean;
}

export interface KeepReply {
  /** Every file asked for is kept. */
  kept: boolean;
  /** Every file of the precache is in its cache: the app shell and the face model. */
  complete: boolean;
}

/** Which cache a file the page loaded belongs in, or null when the precache holds it (or it is not ours to keep). */
export function cacheFor(url: string): string | null {
  const path = new URL(url).pathname;
  if (LANGUAGE_FILES.test(path)) return LANGUAGES_CACHE;
  if (TRAINER_FILES.test(path)) return TRAINER_CACHE;
  return null;
}
