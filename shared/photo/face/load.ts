import detectorManifest from '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json';
import detectorBinUrl from '@vladmandic/face-api/model/tiny_face_detector_model.bin?url';
import landmarksManifest from '@vladmandic/face-api/model/face_landmark_68_tiny_model-weights_manifest.json';
import landmarksBinUrl from '@vladmandic/face-api/model/face_landmark_68_tiny_model.bin?url';
import type { RgbaImage } from '../pixels/measure';
import { FACE_MODEL, SELFIE_DETECTION, decodeModels, detectFaces, type DetectOptions, type FaceModels } from './detect';
import type { FaceFacts } from './probe';
import type { WeightsManifest } from './tiny-net';

// The photo worker takes these from here, so they load with the detector and stay off the first load.
export { withFaceRegion } from '../pixels/face-region';
export { mainFace } from './main-face';

/**
 * The face probe's browser half: fetches the two weight files from our own
 * origin (Vite copies them out of node_modules/@vladmandic/face-api/model
 * into the build, and the service worker precaches them with the app shell:
 * a phone is not called ready offline without them), decodes them once per
 * worker, and runs the pure detector. This module is only ever imported with
 * import(), from the photo worker, so the first load of the app does not
 * change: the page warms it when the photo step is shown (warmFaceDetector,
 * through shared/photo/client.ts warmPhotoPath), or the first photo loads it.
 */

let models: Promise<FaceModels> | null = null;

/** Set by the build (vite.config.ts, gzippedFaceModel): a gzip copy of each weight file sits beside it, `.bin.gz`. */
declare const __LISTO_FACE_MODEL_GZ__: boolean | undefined;

/**
 * Hosts rarely compress `.bin` (application/octet-stream): the weights crossed
 * a phone's line as 264 KiB where gzip makes 213 (issue 21). So the build
 * writes a gzip copy, the service worker precaches that copy, and it is
 * inflated here. A host that serves `.gz` with `Content-Encoding: gzip` has
 * the browser inflate it already: the gzip magic number tells which. Without
 * DecompressionStream (Safari before 16.4) the plain file is fetched.
 */
export function modelFileUrl(url: string): string {
  const gzipped = typeof __LISTO_FACE_MODEL_GZ__ !== 'undefined' && __LISTO_FACE_MODEL_GZ__ && typeof DecompressionStream !== 'undefined';
  return gzipped ? `${url}.gz` : url;
}

async function bytes(url: string, fetcher: typeof fetch): Promise<Uint8Array> {
  const response = await fetcher(modelFileUrl(url));
  if (!response.ok) throw new Error(`face model ${response.status} ${url}`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body[0] !== 0x1f || body[1] !== 0x8b) return body;
  const inflated = new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

export function loadFaceModels(fetcher: typeof fetch = fetch): Promise<FaceModels> {
  models ??= Promise.all([bytes(detectorBinUrl, fetcher), bytes(landmarksBinUrl, fetcher)])
    .then(([detectorBin, landmarksBin]) =>
      decodeModels({
        detectorManifest: detectorManifest as WeightsManifest,
        detectorBin,
        landmarksManifest: landmarksManifest as WeightsManifest,
        landmarksBin,
      }),
    )
    .catch((error: unknown) => {
      models = null; // let the next photo try again
      throw error;
    });
  return models;
}

/**
 * Readies the detector before the first photo (issue 21): fetches and decodes
 * the model, then runs it once on a small grey picture, so that the first
 * photo's detection runs warm code on decoded weights. Never throws: the first
 * photo then tries again, and says why if it cannot.
 */
export async function warmFaceDetector(fetcher: typeof fetch = fetch): Promise<void> {
  try {
    const size = 64;
    const grey: RgbaImage = { width: size, height: size, data: new Uint8ClampedArray(size * size * 4).fill(128) };
    detectFaces(grey, await loadFaceModels(fetcher), { inputSize: SELFIE_INPUT_SIZE });
  } catch {
    // The photo itself will say it.
  }
}

/** Detector input for selfies: faces fill a third of the frame or more, so 224 finds them at a quarter of 416's cost. */
export const SELFIE_INPUT_SIZE = SELFIE_DETECTION.inputSize;

/** Finds faces in the analysis copy; never throws: a detector that could not run says why in `error`. */
export async function probeFaces(image: RgbaImage, options: DetectOptions = {}): Promise<FaceFacts> {
  try {
    return detectFaces(image, await loadFaceModels(), { ...SELFIE_DETECTION, ...options });
  } catch (error) {
    return {
      faces: [],
      analysisWidth: image.width,
      analysisHeight: image.height,
      model: FACE_MODEL,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}
