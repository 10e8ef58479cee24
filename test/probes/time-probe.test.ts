import { describe, expect, it } from 'vitest';
import { readTimeFacts, type TimeFacts } from '../../shared/index';
import type { TimeProbePlatform } from '../../shared/probes/time-probe';

/** A device whose clock runs `skewMs` ahead of the server and whose requests take `roundTripMs`. */
function fakeDevice(options: { skewMs: number; roundTripMs: number; headers?: Record<string, string>; fail?: boolean }) {
  let serverNow = Date.parse('2026-07-15T18:00:00.200Z');
  const requests: Array<{ url: string; init?: RequestInit }> = [];
  const platform: TimeProbePlatform = {
    now: () => serverNow + options.skewMs,
    zone: () => 'America/Tijuana',
    offsetAt: () => -420,
    fetch: async (input, init) => {
      requests.push({ url: String(input), init });
      if (options.fail) throw new TypeError('Failed to fetch');
      serverNow += options.roundTripMs / 2;
      const date = new Date(Math.floor(serverNow / 1000) * 1000).toUTCString();
      serverNow += options.roundTripMs / 2;
      return new Response(null, { headers: { Date: date, ...options.headers } });
    },
  };
  return { platform, requests };
}

const difference = (facts: TimeFacts) => Number(facts.deviceNow) - Number(facts.referenceNow);

describe('readTimeFacts', () => {
  it('measures the clock against the Date header at the midpoint of the round trip', async () => {
    const { platform } = fakeDevice({ skewMs: 7 * 60_000, roundTripMs: 300 });
    const facts = await readTimeFacts('https://listo.example/', platform);
    expect(Math.abs(difference(facts) - 7 * 60_000)).toBeLessThanOrEqual(1000);
    expect(facts.referenceUncertaintyMs).toBe(650);
    expect(facts.referenceSource).toBe('https://listo.example');
    expect(facts.zone).toBe('America/Tijuana');
    expect(facts.offsetMinutes).toBe(-420);
  });

  it('asks its own origin, uncached, with a unique query so no cache answers', async () => {
    const { platform, requests } = fakeDevice({ skewMs: 0, roundTripMs: 10 });
    await readTimeFacts('https://listo.example/app/', platform);
    await readTimeFacts('https://listo.example/app/', platform);
    expect(requests[0]!.url).toMatch(/^https:\/\/listo\.example\/app\/\?listo-clock=/);
    expect(requests[0]!.init).toMatchObject({ method: 'HEAD', cache: 'no-store' });
    expect(requests[0]!.url).not.toBe(requests[1]!.url);
  });

  it('adds the Age of a cached response', async () => {
    const { platform } = fakeDevice({ skewMs: 0, roundTripMs: 0, headers: { Age: '120' } });
    const facts = await readTimeFacts('https://listo.example/', platform);
    expect(Math.round(difference(facts) / 1000)).toBe(-120);
  });

  it('has no reference offline', async () => {
    const { platform } = fakeDevice({ skewMs: 0, roundTripMs: 0, fail: true });
    const facts = await readTimeFacts('https://listo.example/', platform);
    expect(facts.referenceNow).toBeNull();
    // Asked for and not reached: that is "no connection", not "nothing named".
    expect(facts.referenceNamed).toBeUndefined();
    expect(facts.zone).toBe('America/Tijuana');
  });

  it('has no reference where the shell has no server', async () => {
    const { platform, requests } = fakeDevice({ skewMs: 0, roundTripMs: 0 });
    const facts = await readTimeFacts(null, platform);
    expect(facts.referenceNow).toBeNull();
    expect(facts.referenceNamed).toBe(false);
    expect(requests).toEqual([]);
  });
});
