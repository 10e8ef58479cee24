import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../shared/ui/load-once';

describe('a lazily loaded part', () => {
  it('is loaded once, however often it is asked for', async () => {
    let loads = 0;
    const part = loadOnce(async () => ({ loads: ++loads }));
    expect(part.loaded()).toBeNull();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    await part.load();
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(part.loaded()).toBe(a);
  });

  it('that failed once (a chunk lost on a flaky line) loads on the next try', async () => {
    let tries = 0;
    const part = loadOnce(async () => {
      if (++tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'geo data';
    });
    await expect(part.load()).rejects.toThrow('Failed to fetch');
    expect(part.loaded()).toBeNull();
    await expect(part.load()).resolves.toBe('geo data');
    expect(tries).toBe(2);
  });
});
