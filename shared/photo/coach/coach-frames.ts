import { loadFaceModels, probeFaces } from '../face/load';
import { COACH_DETECTOR_INPUT, measureFrame } from './measure-frame';
import type { FrameMeasures } from './frame-instruction';

/**
 * The selfie coach's judging, off the page's thread: a camera frame's pixels
 * (already reduced to the coach's frame size by the page) in, the photo
 * checks' measures out. The frame's pixels are transferred, never copied or
 * kept: nothing of the camera outlives the message. Its own worker, not the
 * photo worker's instance: a photo's analysis (seconds, with a deadline that
 * terminates the worker) must not queue behind ten frames a second, nor they
 * behind it. The same script, though (photo.worker.ts, named COACH_WORKER_NAME):
 * a second script bundled the face detector and the pixel measures a second
 * time, 7 KiB more on a first visit (issue 21).
 */
export type CoachRequest =
  | { id: number; kind: 'warm' }
  | ({ id: number; kind: 'frame'; width: number; height: number; cameraWidth: number; cameraHeight: number } & ({ pixels: ArrayBuffer } | { bitmap: ImageBitmap }));

export type CoachReply =
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'measured'; measures: FrameMeasures; workMs: number }
  | { id: number; kind: 'error'; message: string };

/** One canvas for every frame handed as an ImageBitmap: its pixels are read here, off the page's thread. */
let canvas: OffscreenCanvas | null = null;
function pixelsOf(bitmap: ImageBitmap, width: number, height: number): Uint8ClampedArray {
  if (!canvas || canvas.width !== width || canvas.height !== height) canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D context in the worker');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height).data;
}

export async function onCoachMessage(request: CoachRequest, reply: (message: CoachReply) => void): Promise<void> {
  try {
    if (request.kind === 'warm') {
      await loadFaceModels();
      return reply({ id: request.id, kind: 'warm' });
    }
    const started = performance.now();
    const data = 'bitmap' in request ? pixelsOf(request.bitmap, request.width, request.height) : new Uint8ClampedArray(request.pixels);
    const frame = { data, width: request.width, height: request.height };
    const measures = await measureFrame(frame, { width: request.cameraWidth, height: request.cameraHeight }, (image) => probeFaces(image, { inputSize: COACH_DETECTOR_INPUT }));
    // The histogram (256 shares) is not judged by any coached check: it stays here.
    reply({ id: request.id, kind: 'measured', measures: { ...measures, pixels: { ...measures.pixels, histogram: [] } }, workMs: performance.now() - started });
  } catch (error) {
    reply({ id: request.id, kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
