import type { PhotoFacts } from '../facts/facts';
import type { AnalyseOptions, AnalyseTimings } from './analyse';
import type { FixLimits, FixResult } from './fixer';
import type { PhotoRequest } from './photo.worker';

/**
 * The page's side of the photo worker. One worker is kept warm (its modules
 * loaded) for the next job; cancelling terminates it, which stops the work at
 * once and frees its memory, and the next job starts a fresh one. Where
 * workers are missing the same code runs on the page (loaded lazily).
 */
interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (percent: number) => void;
}

type Reply = { id: number; kind: string; percent?: number; message?: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const data = event.data;
    const job = pending.get(data.id);
    if (!job) return;
    if (data.kind === 'progress') return job.onProgress?.(data.percent ?? 0);
    pending.delete(data.id);
    if (data.kind === 'error') job.reject(new Error(data.message));
    else job.resolve(data);
  };
  worker.onerror = (event) => {
    stopWorker();
    failAll(new Error(event.message || 'photo worker failed'));
  };
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

type Request = PhotoRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function run<T>(request: Request, transfer: Transferable[], onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<T> | null {
  const target = getWorker();
  if (!target) return null;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const cancel = () => {
      // Terminating is the only way to stop work already running; other jobs on it fail and may be retried.
      pending.delete(id);
      stopWorker();
      failAll(new DOMException('cancelled', 'AbortError') as unknown as Error);
      reject(new DOMException('cancelled', 'AbortError'));
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    pending.set(id, {
      resolve: (value) => {
        signal?.removeEventListener('abort', cancel);
        resolve(value as T);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', cancel);
        reject(error);
      },
      ...(onProgress ? { onProgress } : {}),
    });
    target.postMessage({ ...request, id } as PhotoRequest, transfer);
  });
}

export async function analyseInWorker(bytes: Uint8Array, options: AnalyseOptions): Promise<{ facts: Omit<PhotoFacts, 'judgedAt'>; timings: AnalyseTimings }> {
  const copy = bytes.slice().buffer;
  const inWorker = run<{ facts: Omit<PhotoFacts, 'judgedAt'>; timings: AnalyseTimings }>({ kind: 'analyse', bytes: copy, options }, [copy]);
  if (inWorker) return inWorker;
  const { analysePhoto } = await import('./analyse');
  return analysePhoto(bytes, options);
}

/** Makes the app-ready copy. The original bytes are copied, never changed. */
export async function fixInWorker(bytes: Uint8Array, type: string, limits: FixLimits, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<FixResult> {
  const copy = bytes.slice().buffer;
  const inWorker = run<FixResult>({ kind: 'fix', bytes: copy, type, limits }, [copy], onProgress, signal);
  if (inWorker) return inWorker;
  const { makeAppReadyCopy } = await import('./fixer');
  return makeAppReadyCopy(new Blob([bytes as BlobPart], { type }), limits, onProgress, signal);
}
