/// <reference lib="webworker" />
import { analysePhoto, type AnalyseOptions } from './analyse';
import type { CoachReply, CoachRequest } from './coach/coach-frames';
import { makeAppReadyCopy, type FixLimits } from './fixer';
import { COACH_WORKER_NAME } from './worker-names';

/**
 * Photo work off the page's thread: analysis (metadata, decode at analysis
 * size, pixel metrics) and the fixer. Plain messages in, plain data out; the
 * analysis copy's pixels are transferred, not copied, so the page can draw
 * the exposure picture without decoding the photo again. Only this worker
 * imports exifr and the fixer: the page never does, so each ships once.
 * Started under COACH_WORKER_NAME, the same script judges the selfie coach's
 * frames instead (coach/coach-frames.ts, loaded only then).
 */
export type PhotoRequest = { id: number } & (
  | { kind: 'warm' }
  | { kind: 'analyse'; bytes: ArrayBuffer; options: AnalyseOptions }
  | { kind: 'fix'; bytes: ArrayBuffer; type: string; limits: FixLimits }
);

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function onPhotoMessage(event: MessageEvent<PhotoRequest>): Promise<void> {
  const request = event.data;
  // The job's deadline runs from here: loading this script does not count against it.
  scope.postMessage({ id: request.id, kind: 'started' });
  try {
    if (request.kind === 'warm') {
      // What the first photo would load: exifr (shared/photo/metadata.ts) and the detector with its model decoded.
      await Promise.all([import('exifr/dist/lite.esm.mjs'), import('./face/load').then((face) => face.warmFaceDetector())]);
      scope.postMessage({ id: request.id, kind: 'warmed' });
    } else if (request.kind === 'analyse') {
      const result = await analysePhoto(new Uint8Array(request.bytes), request.options);
      const transfer = result.image ? [result.image.data.buffer as ArrayBuffer] : [];
      scope.postMessage({ id: request.id, kind: 'analysed', ...result }, transfer);
    } else {
      const result = await makeAppReadyCopy(new Blob([request.bytes], { type: request.type }), request.limits, (percent) =>
        scope.postMessage({ id: request.id, kind: 'progress', percent }),
      );
      scope.postMessage({ id: request.id, kind: 'fixed', ...result });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

if (scope.name === COACH_WORKER_NAME) {
  const coach = import('./coach/coach-frames');
  const reply = (message: CoachReply) => scope.postMessage(message);
  // Set at once, so no frame sent while the coach's code loads is lost; then() keeps them in order. Code that
  // cannot load is answered as an error, so the coach says it cannot judge rather than wait for ever.
  scope.onmessage = (event: MessageEvent<CoachRequest>) =>
    void coach.then(
      ({ onCoachMessage }) => onCoachMessage(event.data, reply),
      (error: unknown) => reply({ id: event.data.id, kind: 'error', message: `the coach's code could not load: ${String(error)}` }),
    );
} else {
  scope.onmessage = (event: MessageEvent<PhotoRequest>) => void onPhotoMessage(event);
}
