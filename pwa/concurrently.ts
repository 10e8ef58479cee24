/**
 * Runs `work` over `items` with at most `limit` running at once, and fails as
 * soon as one fails (as Promise.all does). Workbox's precache fetches its
 * entries one after another (workbox#2528): at 400 ms a round trip, 73 entries
 * cost 30 s before a byte of payload. A browser keeps six connections per
 * host, so six at once overlap the round trips without queueing in it.
 */
export async function forEachConcurrently<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  if (!(limit >= 1)) throw new RangeError('at least one at a time');
  const queue = [...items];
  let failed = false;
  const runner = async () => {
    while (queue.length > 0 && !failed) {
      const item = queue.shift()!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, runner));
}
