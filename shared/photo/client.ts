import type { AnalyseOptions, AnalyseResult } from './analyse';
import type { FixLimits, FixResult } from './fixer';
import type { PhotoRequest } from './photo.worker';

/**
 * The page's side of the photo worker. One worker is kept warm (its modules
 * loaded) for the next job. Every job has a deadline: a photo whose analysis
 * does not answer in time (a pathological file that loops in a parser, issue
 * 10) terminates the worker — the only way to stop work already running —
 * and the job ends with a PhotoWorkerError the page shows as "could not read
 * this photo"; the next job starts a fresh worker. Cancelling terminates it
 * the same way. The page never imports the photo code itself (exifr and the
 * fixer ship once, in the worker's chunks): without workers, photos are not
 * read, and the page says so.
 */

/** What the page needs of a Worker; tests hand a fake. */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type PhotoWorkerFailure = 'timeout' | 'no-worker' | 'failed';

/** Why a photo job ended without an answer: the page turns it into an "unknown" finding. */
export class PhotoWorkerError extends Error {
  constructor(
    readonly reason: PhotoWorkerFailure,
    message: string,
    readonly limitMs?: number,
  ) {
    super(message);
    this.name = 'PhotoWorkerError';
  }
}

export interface PhotoClientOptions {
  createWorker?: () => WorkerLike | null;
  /** Analysis of one photo: metadata, a reduced decode and the metrics take well under a second on a phone. */
  analyseDeadlineMs?: number;
  /** The fixer works at full quality: a 24 MP photo on an old phone takes a few seconds. */
  fixDeadlineMs?: number;
  /**
   * Until the worker says it has the job (its script loaded: slow on a first
   * visit over a slow network, before the precache holds it), a longer limit;
   * the job's own deadline runs from then.
   */
  startDeadlineMs?: number;
}

export const ANALYSE_DEADLINE_MS = 4000;
export const FIX_DEADLINE_MS = 60_000;
export const START_DEADLINE_MS = 30_000;
/** Warming downloads the face model when the service worker does not hold it yet: 264 KiB at 400 kbit/s is 6 s. */
export const WARM_DEADLINE_MS = 60_000;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (percent: number) => void;
  onStarted(): void;
}

type Reply = { id: number; kind: string; percent?: number; message?: string };

type Request = PhotoRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface PhotoClient {
  analyse(bytes: Uint8Array, options: AnalyseOptions): Promise<AnalyseResult>;
  fix(bytes: Uint8Array, type: string, limits: FixLimits, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<FixResult>;
}

function browserWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** The page's photo client, which can also ready its worker ahead of the first photo. */
export interface WarmablePhotoClient extends PhotoClient {
  /**
   * Starts the worker and readies what the first photo needs (exifr, the face
   * model decoded); once per worker: a worker stopped after a timeout is warmed
   * again when asked. Never rejects.
   */
  warm(): Promise<void>;
}

export function createPhotoClient(options: PhotoClientOptions = {}): WarmablePhotoClient {
  const createWorker = options.createWorker ?? browserWorker;
  const analyseDeadline = options.analyseDeadlineMs ?? ANALYSE_DEADLINE_MS;
  const fixDeadline = options.fixDeadlineMs ?? FIX_DEADLINE_MS;
  const startDeadline = options.startDeadlineMs ?? START_DEADLINE_MS;
  let worker: WorkerLike | null = null;
  let warmed: { worker: WorkerLike; done: Promise<void> } | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function stopWorker(error: Error): void {
    worker?.terminate();
    worker = null;
    // Other jobs on the terminated worker end too; the page may start them again.
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.reject(error);
  }

  function getWorker(): WorkerLike {
    if (worker) return worker;
    let started: WorkerLike | null;
    try {
      started = createWorker();
    } catch (error) {
      throw new PhotoWorkerError('no-worker', `photo worker could not start: ${String(error)}`);
    }
    if (!started) throw new PhotoWorkerError('no-worker', 'this browser has no workers');
    worker = started;
    started.onmessage = (event: MessageEvent<Reply>) => {
      const data = event.data;
      const job = pending.get(data.id);
      if (!job) return;
      if (data.kind === 'started') return job.onStarted();
      if (data.kind === 'progress') return job.onProgress?.(data.percent ?? 0);
      pending.delete(data.id);
      if (data.kind === 'error') job.reject(new PhotoWorkerError('failed', data.message ?? 'photo worker error'));
      else job.resolve(data);
    };
    started.onerror = (event) => {
      event.preventDefault?.();
      if (worker === started) stopWorker(new PhotoWorkerError('failed', event.message || 'photo worker failed'));
    };
    return started;
  }

  function run<T>(request: Request, transfer: Transferable[], deadlineMs: number, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let target: WorkerLike;
      try {
        target = getWorker();
      } catch (error) {
        return reject(error as Error);
      }
      const id = nextId++;
      const expire = (limitMs: number) => () => {
        settle();
        pending.delete(id);
        const error = new PhotoWorkerError('timeout', `no answer within ${limitMs} ms`, limitMs);
        if (worker === target) stopWorker(error);
        reject(error);
      };
      let timer = setTimeout(expire(Math.max(startDeadline, deadlineMs)), Math.max(startDeadline, deadlineMs));
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      };
      const cancel = () => {
        // Terminating is the only way to stop work already running.
        settle();
        pending.delete(id);
        stopWorker(new DOMException('cancelled', 'AbortError') as unknown as Error);
        reject(new DOMException('cancelled', 'AbortError'));
      };
      if (signal?.aborted) return cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      pending.set(id, {
        resolve: (value) => {
          settle();
          resolve(value as T);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        onStarted: () => {
          clearTimeout(timer);
          timer = setTimeout(expire(deadlineMs), deadlineMs);
        },
        ...(onProgress ? { onProgress } : {}),
      });
      try {
        target.postMessage({ ...request, id } as PhotoRequest, transfer);
      } catch (error) {
        pending.delete(id);
        settle();
        reject(new PhotoWorkerError('failed', String(error)));
      }
    });
  }

  return {
    warm() {
      if (warmed && warmed.worker === worker) return warmed.done;
      // On a slow line the model's download is most of it: the start deadline covers the script, this the rest.
      const done = run<unknown>({ kind: 'warm' }, [], WARM_DEADLINE_MS).then(
        () => undefined,
        () => undefined,
      );
      if (worker) warmed = { worker, done };
      return done;
    },
    async analyse(bytes, analyseOptions) {
      const copy = bytes.slice().buffer;
      const reply = await run<AnalyseResult>({ kind: 'analyse', bytes: copy, options: analyseOptions }, [copy], analyseDeadline);
      return { facts: reply.facts, timings: reply.timings, image: reply.image ?? null };
    },
    /** Makes the app-ready copy. The original bytes are copied, never changed. */
    async fix(bytes, type, limits, onProgress, signal) {
      const copy = bytes.slice().buffer;
      const reply = await run<FixResult>({ kind: 'fix', bytes: copy, type, limits }, [copy], fixDeadline, onProgress, signal);
      return { blob: reply.blob, width: reply.width, height: reply.height, attempts: reply.attempts, ...(reply.quality !== undefined ? { quality: reply.quality } : {}) };
    },
  };
}

let shared: WarmablePhotoClient | null = null;
const client = () => (shared ??= createPhotoClient());

export function analyseInWorker(bytes: Uint8Array, options: AnalyseOptions): Promise<AnalyseResult> {
  return client().analyse(bytes, options);
}

export function fixInWorker(bytes: Uint8Array, type: string, limits: FixLimits, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<FixResult> {
  return client().fix(bytes, type, limits, onProgress, signal);
}

/**
 * Readies the photo path before the first photo (issue 21: a cold first photo
 * took 3.95 s against a 156 ms warm one): the worker starts, loads exifr and
 * the face detector, and decodes the model. Call it when the photo step is
 * shown; calling it again costs nothing. Never rejects.
 */
export function warmPhotoPath(): Promise<void> {
  return client().warm();
}

/** The one photo client of the page (one warm worker). */
export function createSharedPhotoClient(): PhotoClient {
  return client();
}
