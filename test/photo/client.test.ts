import { describe, expect, it } from 'vitest';
import { createPhotoClient, PhotoWorkerError, type WorkerLike } from '../../shared/photo/client';

/** A stand-in for the photo worker: `answer` decides what (if anything) it replies. */
function fakeWorker(answer: (message: { id: number; kind: string }, worker: FakeWorker) => void = () => {}) {
  const made: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker(answer);
    made.push(worker);
    return worker;
  };
  return { create, made };
}

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  constructor(private readonly answer: (message: { id: number; kind: string }, worker: FakeWorker) => void) {}
  postMessage(message: unknown): void {
    this.received.push(message);
    const request = message as { id: number; kind: string };
    // As the real worker: it says it has the job, then works on it.
    queueMicrotask(() => {
      this.reply({ id: request.id, kind: 'started' });
      this.answer(request, this);
    });
  }
  reply(data: unknown): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const facts = { metadata: { bytes: 3 }, pixels: null, decodeError: null };
const options = { budgetMegapixels: 50 };

describe('the photo worker has a deadline', () => {
  it('a worker that never answers is terminated at the deadline, and the job ends as a timeout', async () => {
    const workers = fakeWorker(); // never replies, as a parser looping on a crafted file
    const client = createPhotoClient({ createWorker: workers.create, analyseDeadlineMs: 80 });
    const started = performance.now();
    const error = await client.analyse(new Uint8Array([1, 2, 3]), options).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(PhotoWorkerError);
    expect(error).toMatchObject({ reason: 'timeout', limitMs: 80 });
    expect(workers.made[0]!.terminated).toBe(true);
  });

  it('a worker whose script never loads (never takes the job) ends at the start deadline', async () => {
    const silent = { postMessage() {}, terminate() {}, onmessage: null, onerror: null };
    const client = createPhotoClient({ createWorker: () => silent, analyseDeadlineMs: 20, startDeadlineMs: 100 });
    await expect(client.analyse(new Uint8Array([1]), options)).rejects.toMatchObject({ reason: 'timeout', limitMs: 100 });
  });

  it('the next photo gets a fresh worker, which answers', async () => {
    let calls = 0;
    const workers = fakeWorker((message, worker) => {
      if (calls++ === 0) return; // the first worker hangs
      worker.reply({ id: message.id, kind: 'analysed', facts, timings: {}, image: null });
    });
    const client = createPhotoClient({ createWorker: workers.create, analyseDeadlineMs: 50 });
    await expect(client.analyse(new Uint8Array([1]), options)).rejects.toMatchObject({ reason: 'timeout' });
    await expect(client.analyse(new Uint8Array([1]), options)).resolves.toMatchObject({ facts, image: null });
    expect(workers.made.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('a worker that answers in time is kept warm for the next photo', async () => {
    const workers = fakeWorker((message, worker) => worker.reply({ id: message.id, kind: 'analysed', facts, timings: {}, image: null }));
    const client = createPhotoClient({ createWorker: workers.create, analyseDeadlineMs: 1000 });
    await client.analyse(new Uint8Array([1]), options);
    await client.analyse(new Uint8Array([1]), options);
    expect(workers.made).toHaveLength(1);
  });

  it('a worker that fails to start or crashes ends the job with an explanation, never a hang', async () => {
    const none = createPhotoClient({ createWorker: () => null });
    await expect(none.analyse(new Uint8Array([1]), options)).rejects.toMatchObject({ name: 'PhotoWorkerError', reason: 'no-worker' });
    const throwing = createPhotoClient({
      createWorker: () => {
        throw new Error('blocked by CSP');
      },
    });
    await expect(throwing.analyse(new Uint8Array([1]), options)).rejects.toMatchObject({ reason: 'no-worker' });
    const crashing = fakeWorker((_message, worker) => worker.onerror?.({ message: 'script failed to load', preventDefault() {} } as ErrorEvent));
    const client = createPhotoClient({ createWorker: crashing.create, analyseDeadlineMs: 5000 });
    await expect(client.analyse(new Uint8Array([1]), options)).rejects.toMatchObject({ reason: 'failed', message: 'script failed to load' });
  });

  it('the fixer can be stopped: the worker is terminated and the job ends as cancelled', async () => {
    const workers = fakeWorker();
    const client = createPhotoClient({ createWorker: workers.create });
    const abort = new AbortController();
    const job = client.fix(new Uint8Array([1]), 'image/jpeg', { maxSide: 2000, maxBytes: 1e6 }, () => {}, abort.signal);
    abort.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.made[0]!.terminated).toBe(true);
  });

  it('sends the photo bytes as a transferred copy: the caller keeps its own', async () => {
    const workers = fakeWorker((message, worker) => worker.reply({ id: message.id, kind: 'analysed', facts, timings: {}, image: null }));
    const client = createPhotoClient({ createWorker: workers.create });
    const bytes = new Uint8Array([9, 8, 7]);
    await client.analyse(bytes, options);
    expect([...bytes]).toEqual([9, 8, 7]);
    expect(workers.made[0]!.received[0]).toMatchObject({ kind: 'analyse', options });
  });
});

describe('warming the photo path before the first photo (issue 21)', () => {
  const warmer = (message: { id: number; kind: string }, worker: FakeWorker) => {
    if (message.kind === 'warm') worker.reply({ id: message.id, kind: 'warmed' });
    if (message.kind === 'analyse') worker.reply({ id: message.id, kind: 'analysed', facts, timings: {} });
  };
  const kinds = (worker: FakeWorker) => worker.received.map((m) => (m as { kind: string }).kind);

  it('starts the worker and asks it to warm once; the photo then goes to that same worker', async () => {
    const workers = fakeWorker(warmer);
    const client = createPhotoClient({ createWorker: workers.create });
    await Promise.all([client.warm(), client.warm()]);
    await client.warm();
    await client.analyse(new Uint8Array([1]), options);
    expect(workers.made).toHaveLength(1);
    expect(kinds(workers.made[0]!)).toEqual(['warm', 'analyse']);
  });

  it('warms a fresh worker again after the last one was stopped at a deadline', async () => {
    const workers = fakeWorker((message, worker) => (message.kind === 'warm' ? warmer(message, worker) : undefined));
    const client = createPhotoClient({ createWorker: workers.create, analyseDeadlineMs: 20 });
    await client.warm();
    await expect(client.analyse(new Uint8Array([1]), options)).rejects.toMatchObject({ reason: 'timeout' });
    await client.warm();
    expect(workers.made).toHaveLength(2);
    expect(kinds(workers.made[1]!)).toEqual(['warm']);
  });

  it('never rejects: a worker that fails to warm leaves the first photo to try again', async () => {
    const workers = fakeWorker((message, worker) => worker.reply({ id: message.id, kind: 'error', message: 'TypeError: Failed to fetch' }));
    const client = createPhotoClient({ createWorker: workers.create });
    await expect(client.warm()).resolves.toBeUndefined();
    const noWorker = createPhotoClient({ createWorker: () => null });
    await expect(noWorker.warm()).resolves.toBeUndefined();
  });
});
