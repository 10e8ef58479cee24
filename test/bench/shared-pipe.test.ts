import { describe, expect, it } from 'vitest';
import { SharedPipe } from '../../bench/shared-pipe';

describe('the shared line of the slow-line server', () => {
  it('takes as long as the bytes need at its bandwidth', () => {
    const pipe = SharedPipe.ofBitsPerSecond(400_000); // 50 bytes per millisecond
    expect(pipe.book(50_000, 0)).toBe(1000);
  });

  it('makes concurrent responses share it: two at once take twice as long as one', () => {
    const pipe = SharedPipe.ofBitsPerSecond(400_000);
    let a = 0;
    let b = 0;
    // Two responses booking 1000-byte chunks in turn, as the server's responses do.
    for (let i = 0; i < 10; i++) {
      a = pipe.book(1000, a);
      b = pipe.book(1000, b);
    }
    expect(Math.max(a, b)).toBe(400);
    expect(Math.abs(a - b)).toBe(20);
  });

  it('is not used while idle: bytes booked later start later', () => {
    const pipe = SharedPipe.ofBitsPerSecond(400_000);
    pipe.book(500, 0);
    expect(pipe.book(500, 1000)).toBe(1010);
  });

  it('refuses a line without bandwidth', () => {
    expect(() => SharedPipe.ofBitsPerSecond(0)).toThrow(RangeError);
  });
});
