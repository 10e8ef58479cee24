/**
 * One phone line's downlink, shared by every response on it: the page's and
 * the service worker's alike. DevTools throttling slows only the page's own
 * requests, so a service worker's precache ran at full speed beside it
 * (PITFALLS.md, "Measuring as a phone would"); a server that sends every byte
 * through one pipe cannot be sidestepped.
 *
 * Pure: the caller says what time it is, and waits until the time returned.
 */
export class SharedPipe {
  /** When the line is next free, in the caller's milliseconds. */
  private freeAt = 0;

  constructor(private readonly bytesPerMs: number) {
    if (!(bytesPerMs > 0)) throw new RangeError('a line needs a positive bandwidth');
  }

  static ofBitsPerSecond(bitsPerSecond: number): SharedPipe {
    return new SharedPipe(bitsPerSecond / 8 / 1000);
  }

  /**
   * Books `bytes` on the line at `now`; returns when they have crossed it.
   * Responses book one chunk at a time, so concurrent ones take turns and
   * share the line rather than each getting it whole.
   */
  book(bytes: number, now: number): number {
    const start = Math.max(now, this.freeAt);
    this.freeAt = start + bytes / this.bytesPerMs;
    return this.freeAt;
  }
}
