import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from '../../pwa/concurrently';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('forEachConcurrently (the precache install, six files at a time)', () => {
  it('runs every item, never more than the limit at once, and more than one at once when it may', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachConcurrently([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      done.push(n);
    });
    expect(done.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(most).toBe(3);
  });

  it('fails when one item fails, and starts no new item after it', async () => {
    const started: number[] = [];
    await expect(
      forEachConcurrently([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('line dropped');
      }),
    ).rejects.toThrow('line dropped');
    expect(started).toEqual([1, 2]);
  });

  it('refuses a limit below one', async () => {
    await expect(forEachConcurrently([1], 0, async () => undefined)).rejects.toThrow(RangeError);
  });
});
