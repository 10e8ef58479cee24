import { describe, expect, it } from 'vitest';
import { readNetworkFacts } from '../../shared/index';

describe('readNetworkFacts', () => {
  it('reads online, Network Information and our own origin\'s reachability with a unique, uncached request', async () => {
    const asked: Array<{ url: string; init?: RequestInit }> = [];
    let t = 1000;
    const facts = await readNetworkFacts(
      {
        onLine: true,
        connection: { effectiveType: '4g', saveData: false, downlink: 10, rtt: 50 },
        fetch: async (url, init) => {
          asked.push({ url: String(url), init });
          t += 120;
          return new Response(null, { status: 200 });
        },
        now: () => t,
      },
      'https://listo.example/app/',
    );
    expect(facts).toEqual({
      online: true,
      effectiveType: '4g',
      saveData: false,
      downlinkMbps: 10,
      rttMs: 50,
      originReachable: true,
      originRoundTripMs: 120,
    });
    expect(asked[0]?.url).toMatch(/^https:\/\/listo\.example\/app\/\?listo-ping=/);
    expect(asked[0]?.init).toMatchObject({ method: 'HEAD', cache: 'no-store' });
  });

  it('reports an unreachable origin and a timeout, without Network Information (Safari, Firefox)', async () => {
    const failing = await readNetworkFacts({ onLine: true, fetch: () => Promise.reject(new TypeError('Failed to fetch')) }, 'https://listo.example/');
    expect(failing).toEqual({ online: true, originReachable: false, originError: 'TypeError' });
    const silent = await readNetworkFacts(
      { onLine: true, fetch: (_url, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) },
      'https://listo.example/',
      50,
    );
    expect(silent.originError).toBe('timeout');
  });

  it('does not try reachability without an origin of our own (the extension)', async () => {
    await expect(readNetworkFacts({ onLine: false }, null)).resolves.toEqual({ online: false, originReachable: null });
  });
});
