/// <reference lib="webworker" />
import { loadFaceModels, probeFaces } from '../face/load';
import { COACH_DETECTOR_INPUT, measureFrame } from './measure-frame';
import type { FrameMeasures } from './frame-instruction';

/**
 * The selfie coach's judging, off the page's thread: a camera frame's pixels
 * (already reduced to the coach's frame size by the page) in, the photo
 * checks' measures out. The frame's pixels are transferred, never copied or
 * kept: nothing of the camera outlives the message. Its own worker, not the
 * photo worker: a photo's analysis (seconds, with a deadline that terminates
 * the worker) must not queue behind ten frames a second, nor they behind it.
 */
export type CoachRequest =
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'frame'; pixels: ArrayBuffer; width: number; height: number; cameraWidth: number; cameraHeight: number };

export type CoachReply =
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'measured'; measures: FrameMeasures; workMs: number }
  | { id: number; kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<CoachRequest>) => {
  const request = event.data;
  const reply = (message: CoachReply) => scope.postMessage(message);
  try {
    if (request.kind === 'warm') {
      await loadFaceModels();
      return reply({ id: request.id, kind: 'warm' });
    }
    const started = performance.now();
    const frame = { data: new Uint8ClampedArray(request.pixels), width: request.width, height: request.height };
    const measures = await measureFrame(frame, { width: request.cameraWidth, height: request.cameraHeight }, (image) => probeFaces(image, { inputSize: COACH_DETECTOR_INPUT }));
    // The histogram (256 shares) is not judged by any coached check: it stays here.
    reply({ id: request.id, kind: 'measured', measures: { ...measures, pixels: { ...measures.pixels, histogram: [] } }, workMs: performance.now() - started });
  } catch (error) {
    reply({ id: request.id, kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
