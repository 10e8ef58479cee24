import { describe, expect, it } from 'vitest';
import type { CoachReply, CoachRequest } from '../../../shared/photo/coach/coach-frames';
import { CoachWorkerError, createFrameJudge, type CoachWorkerLike } from '../../../shared/photo/coach/frame-client';
import type { FrameMeasures } from '../../../shared/photo/coach/frame-instruction';

/** A worker that records what it was sent and answers when told. */
function fakeWorker() {
  const sent: Array<{ request: CoachRequest; transfer: Transferable[] }> = [];
  const worker: CoachWorkerLike & { terminated: boolean; answer(reply: CoachReply): void } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (request, transfer) => void sent.push({ request, transfer }),
    terminate: () => void (worker.terminated = true),
    answer: (reply) => worker.onmessage?.({ data: reply } as MessageEvent<CoachReply>),
  };
  return { worker, sent };
}

const frame = () => ({ pixels: new Uint8ClampedArray(4 * 4 * 4), width: 4, height: 4, cameraWidth: 8, cameraHeight: 8 });

describe('the page side of the coach\'s worker', () => {
  it('hands a frame\'s pixels over (transferred, not copied) and gives back its measures', async () => {
    const { worker, sent } = fakeWorker();
    const judge = createFrameJudge(() => worker);
    const given = frame();
    const answer = judge.measure(given);
    expect(sent).toHaveLength(1);
    const { request, transfer } = sent[0]!;
    expect(request).toMatchObject({ kind: 'frame', width: 4, height: 4, cameraWidth: 8, cameraHeight: 8 });
    expect(transfer).toEqual([given.pixels.buffer]);
    const measures = { cameraWidth: 8 } as FrameMeasures;
    worker.answer({ id: request.id, kind: 'measured', measures, workMs: 12 });
    await expect(answer).resolves.toEqual({ measures, workMs: 12 });
  });

  it('refuses what was asked and not answered when stopped, and ends the worker', async () => {
    const { worker } = fakeWorker();
    const judge = createFrameJudge(() => worker);
    const answer = judge.measure(frame());
    judge.stop();
    expect(worker.terminated).toBe(true);
    await expect(answer).rejects.toBeInstanceOf(CoachWorkerError);
  });

  it('says so where the browser has no workers', async () => {
    await expect(createFrameJudge(() => null).warm()).rejects.toThrow(/no workers/);
  });

  it('passes a failure inside the worker on as an error', async () => {
    const { worker, sent } = fakeWorker();
    const answer = createFrameJudge(() => worker).measure(frame());
    worker.answer({ id: sent[0]!.request.id, kind: 'error', message: 'RangeError: bad frame' });
    await expect(answer).rejects.toThrow('RangeError: bad frame');
  });
});
