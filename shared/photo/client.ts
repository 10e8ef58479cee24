import type { PhotoFacts } from '../facts/facts';
import type { AnalyseOptions, AnalyseTimings } from './analyse';
import type { FixLimits, FixResult } from './fixer';
import type { PhotoRequest } from './photo.worker';

/**
 * The page's side of the photo worker. One worker per job: cancelling
 * terminates it, which stops the work at once and frees its memory. Where
 * workers are missing the same code runs on the page (loaded lazily).
 */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

function run<T>(request: PhotoRequest, transfer: Transferable[], onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<T> | null {
  const worker = startWorker();
  if (!worker) return null;
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<{ kind: string; percent?: number; message?: string }>) => {
      const data = event.data;
      if (data.kind === 'progress') return onProgress?.(data.percent ?? 0);
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (data.kind === 'error') reject(new Error(data.message));
      else resolve(data as T);
    };
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'photo worker failed'));
    };
    worker.postMessage(request, transfer);
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
