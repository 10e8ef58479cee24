import type { FrameMeasures } from './frame-instruction';
import type { CoachReply, CoachRequest } from './coach-frames';
import { COACH_WORKER_NAME } from '../worker-names';

/**
 * The page's side of the coach's worker. One frame at a time: the page asks
 * for the next frame only when the last one is judged, so frames never queue
 * and the instruction is never about a moment long past. Tests and the bench
 * hand their own worker.
 */
export interface CoachWorkerLike {
  postMessage(message: CoachRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CoachReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type FrameToJudge = {
  width: number;
  height: number;
  cameraWidth: number;
  cameraHeight: number;
} & (
  | {
      /** RGBA at the coach's frame size (ImageData's layout); its buffer is handed to the worker. */
      pixels: Uint8ClampedArray;
    }
  | {
      /** The frame already reduced to the coach's size; handed to the worker, which reads its pixels and closes it. */
      bitmap: ImageBitmap;
    }
);

export interface FrameJudge {
  /** Loads the face detector's weights (the first frame would otherwise wait for them). */
  warm(): Promise<void>;
  measure(frame: FrameToJudge): Promise<{ measures: FrameMeasures; workMs: number }>;
  /** Ends the worker; what was asked and not answered is refused. */
  stop(): void;
}

export class CoachWorkerError extends Error {
  override name = 'CoachWorkerError';
}

function browserWorker(): CoachWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../photo.worker.ts', import.meta.url), { type: 'module', name: COACH_WORKER_NAME }) as unknown as CoachWorkerLike;
}

export function createFrameJudge(createWorker: () => CoachWorkerLike | null = browserWorker): FrameJudge {
  const worker = createWorker();
  const pending = new Map<number, { resolve(reply: CoachReply): void; reject(error: Error): void }>();
  let nextId = 1;
  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  if (worker) {
    worker.onmessage = (event) => {
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      if (event.data.kind === 'error') job.reject(new CoachWorkerError(event.data.message));
      else job.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      failAll(new CoachWorkerError(event.message || 'coach worker failed'));
    };
  }
  function ask(request: CoachRequest, transfer: Transferable[]): Promise<CoachReply> {
    if (!worker) return Promise.reject(new CoachWorkerError('this browser has no workers'));
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  }
  return {
    async warm() {
      await ask({ id: nextId++, kind: 'warm' }, []);
    },
    async measure(frame) {
      const size = { width: frame.width, height: frame.height, cameraWidth: frame.cameraWidth, cameraHeight: frame.cameraHeight };
      const request: CoachRequest =
        'bitmap' in frame ? { id: nextId++, kind: 'frame', ...size, bitmap: frame.bitmap } : { id: nextId++, kind: 'frame', ...size, pixels: frame.pixels.buffer as ArrayBuffer };
      const reply = await ask(request, ['bitmap' in request ? request.bitmap : request.pixels]);
      if (reply.kind !== 'measured') throw new CoachWorkerError(`unexpected reply ${reply.kind}`);
      return { measures: reply.measures, workMs: reply.workMs };
    },
    stop() {
      worker?.terminate();
      failAll(new CoachWorkerError('stopped'));
    },
  };
}
