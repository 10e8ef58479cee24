import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { HELPER_QR_OPTIONS, helperQrText } from '../../shared/report/helper-qr';
import { encodeHelperCode } from '../../shared/report/index';
import { createQrReader, type QrWorkerLike } from '../../shared/report/qr-client';
import { readQrFromImage, type QrImage } from '../../shared/report/read-qr';
import { selfCheck, tijuanaFacts } from './self-check';

type Request = { id: number; data: Uint8ClampedArray; width: number; height: number };

/** A stand-in for the QR worker: `answer` decides what (if anything) it replies, and when. */
class FakeWorker implements QrWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: Request[] = [];
  constructor(private readonly answer: (request: Request, worker: FakeWorker) => void) {}
  postMessage(message: unknown): void {
    const request = message as Request;
    this.received.push(request);
    queueMicrotask(() => this.answer(request, this));
  }
  reply(data: unknown): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function fakeWorkers(answer: (request: Request, worker: FakeWorker) => void = () => {}) {
  const made: FakeWorker[] = [];
  return {
    made,
    create: () => {
      const worker = new FakeWorker(answer);
      made.push(worker);
      return worker;
    },
  };
}

/** A one-pixel image whose only pixel says which read it is. */
const tagged = (tag: number): QrImage => ({ data: new Uint8ClampedArray([tag, 0, 0, 255]), width: 1, height: 1 });

/** A helper code's QR as a screen shows it: 4 pixels a module, black on white, RGBA. */
function qrImage(text: string): QrImage {
  const modules = encode(text, HELPER_QR_OPTIONS).data;
  const scale = 4;
  const side = modules.length * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (!modules[Math.floor(y / scale)]![Math.floor(x / scale)]) continue;
      const i = (y * side + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }
  return { data, width: side, height: side };
}

describe('the QR reader in a worker', () => {
  it('resolves with the text the worker read, and reuses one worker', async () => {
    const workers = fakeWorkers((request, worker) => worker.reply({ id: request.id, text: 'ABC' }));
    const reader = createQrReader(workers.create);
    await expect(reader.read(tagged(1))).resolves.toBe('ABC');
    await expect(reader.read(tagged(2))).resolves.toBe('ABC');
    expect(workers.made).toHaveLength(1);
    expect(workers.made[0]!.received.map((request) => request.width)).toEqual([1, 1]);
    reader.close();
    expect(workers.made[0]!.terminated).toBe(true);
  });

  it('gives two reads in flight each its own answer, even when they come back out of order', async () => {
    const held: Request[] = [];
    const workers = fakeWorkers((request, worker) => {
      held.push(request);
      if (held.length < 2) return;
      for (const one of held.reverse()) worker.reply({ id: one.id, text: `pixel ${one.data[0]}` });
    });
    const reader = createQrReader(workers.create);
    const [first, second] = await Promise.all([reader.read(tagged(7)), reader.read(tagged(9))]);
    expect([first, second]).toEqual(['pixel 7', 'pixel 9']);
  });

  it('hands the worker a copy of the pixels, so the page still has them should the worker fail', async () => {
    const workers = fakeWorkers((request, worker) => worker.reply({ id: request.id, error: 'Error: broken' }));
    const reader = createQrReader(workers.create);
    const image = qrImage(helperQrText(encodeHelperCode(selfCheck(tijuanaFacts()))));
    const text = await reader.read(image);
    expect(workers.made[0]!.received[0]!.data).not.toBe(image.data);
    expect(text, 'read on the page after the worker answered with an error').toBe(helperQrText(encodeHelperCode(selfCheck(tijuanaFacts()))));
  });

  it('reads a real QR code on the calling thread when the worker cannot start, and does not try again', async () => {
    let attempts = 0;
    const reader = createQrReader(() => {
      attempts++;
      throw new Error('workers are blocked here');
    });
    const code = helperQrText(encodeHelperCode(selfCheck(tijuanaFacts())));
    await expect(reader.read(qrImage(code))).resolves.toBe(code);
    await expect(reader.read(tagged(0))).resolves.toBeNull();
    expect(attempts).toBe(1);
  });

  it('reads on the calling thread when the worker fails as a whole (its script did not load)', async () => {
    const workers = fakeWorkers((_request, worker) => worker.onerror?.({ message: 'load failed', preventDefault() {} } as ErrorEvent));
    const reader = createQrReader(workers.create);
    const code = helperQrText(encodeHelperCode(selfCheck(tijuanaFacts())));
    await expect(reader.read(qrImage(code))).resolves.toBe(code);
    expect(workers.made[0]!.terminated).toBe(true);
    await expect(reader.read(qrImage(code))).resolves.toBe(code);
    expect(workers.made).toHaveLength(1);
  });

  it('resolves null at the deadline when the worker never answers, and starts a new worker for the next read', async () => {
    let calls = 0;
    const workers = fakeWorkers((request, worker) => {
      // The first worker is stuck; the second answers.
      if (++calls > 1) worker.reply({ id: request.id, text: 'FRESH' });
    });
    const reader = createQrReader(workers.create, 50);
    const started = performance.now();
    await expect(reader.read(tagged(1))).resolves.toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(workers.made[0]!.terminated).toBe(true);
    await expect(reader.read(tagged(2))).resolves.toBe('FRESH');
    expect(workers.made).toHaveLength(2);
    reader.close();
  });
});

describe('readQrFromImage', () => {
  it('goes through the reader it is given when the browser has no detector', async () => {
    const workers = fakeWorkers((request, worker) => worker.reply({ id: request.id, text: 'FROM WORKER' }));
    const reader = createQrReader(workers.create);
    await expect(readQrFromImage(tagged(1), {}, reader)).resolves.toBe('FROM WORKER');
    reader.close();
  });
});
