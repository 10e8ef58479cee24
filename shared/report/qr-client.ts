import type { QrImage } from './read-qr';
import type { QrReply, QrRequest } from './qr.worker';

/**
 * The page's side of the QR worker (shared/report/qr.worker.ts). One worker,
 * started on the first read and kept for the next frame. Reading a QR code
 * worked on the page's thread before the worker: wherever the worker cannot
 * start, fails, or answers with an error, the read falls back to jsQR here,
 * so nothing that read before stops reading. A read the worker does not
 * answer in time resolves null (the camera simply tries the next frame) and
 * the worker is replaced: terminating is the only way to stop a stuck search.
 */

/** What the reader needs of a Worker; tests hand a fake. */
export interface QrWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface QrReader {
  read(image: QrImage): Promise<string | null>;
  close(): void;
}

/** A camera frame takes well under a second even on an old laptop; ten is for a worker whose script loads slowly. */
export const QR_READ_DEADLINE_MS = 10_000;

/** jsQR on this thread, loaded only when the worker fails: where the worker works, the page never loads it. */
async function readHere(image: QrImage): Promise<string | null> {
  const { default: jsQR } = await import('jsqr');
  return jsQR(image.data, image.width, image.height)?.data ?? null;
}

export function createQrReader(
  createWorker: () => QrWorkerLike = () => new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' }) as unknown as QrWorkerLike,
  deadlineMs = QR_READ_DEADLINE_MS,
): QrReader {
  let worker: QrWorkerLike | null = null;
  /** Set once the worker could not start or failed as a whole: every later read is done here, not retried. */
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { image: QrImage; resolve(text: string | null): void; timer: ReturnType<typeof setTimeout> }>();

  function finish(id: number, answer: (image: QrImage) => string | null | Promise<string | null>): void {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    clearTimeout(job.timer);
    // A read that fails here too finds no code, as the camera's reads did before the worker.
    Promise.resolve()
      .then(() => answer(job.image))
      .then(job.resolve, () => job.resolve(null));
  }

  function stop(): void {
    worker?.terminate();
    worker = null;
  }

  function start(): QrWorkerLike | null {
    if (worker || broken) return worker;
    let started: QrWorkerLike;
    try {
      started = createWorker();
    } catch {
      broken = true;
      return null;
    }
    started.onmessage = (event: MessageEvent<QrReply>) => {
      const reply = event.data;
      finish(reply.id, 'text' in reply ? () => reply.text : readHere);
    };
    started.onerror = (event) => {
      // Most often the script could not load (a blocked or missing chunk): the reads it held are done here.
      event.preventDefault?.();
      if (worker !== started) return;
      broken = true;
      stop();
      for (const id of [...pending.keys()]) finish(id, readHere);
    };
    worker = started;
    return started;
  }

  return {
    read(image) {
      const target = start();
      if (!target) return readHere(image);
      return new Promise((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          // Every read the stuck worker held is lost with it; the next read starts a fresh worker.
          stop();
          for (const other of [...pending.keys()]) finish(other, () => null);
        }, deadlineMs);
        pending.set(id, { image, resolve, timer });
        // The worker gets a copy, transferred: the page keeps the original to read here should the worker fail.
        const data = image.data.slice();
        try {
          target.postMessage({ id, data, width: image.width, height: image.height } satisfies QrRequest, [data.buffer]);
        } catch {
          finish(id, readHere);
        }
      });
    },
    close() {
      stop();
      for (const id of [...pending.keys()]) finish(id, () => null);
    },
  };
}
