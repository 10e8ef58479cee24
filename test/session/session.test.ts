import { describe, expect, it } from 'vitest';
import { createSession, type Choices } from '../../shared/session/session';
import { judgeSession } from '../../shared/session/judge-session';
import { liveSource, type LiveSourceHost } from '../../shared/session/live-source';
import { recordedSource } from '../../shared/session/recorded-source';
import { STEPS, stepOfCheck } from '../../shared/session/steps';
import type { Facts, TzdataFacts } from '../../shared/index';

const TIJUANA = { latitude: 32.5149, longitude: -117.0382, accuracy: 25 };
const NOW = Date.parse('2026-07-15T18:00:00Z');
const choices: Choices = { language: 'es', profileId: 'cbp-one', platform: 'android' };
const judge = async (facts: Facts, profileId: Choices['profileId']) => judgeSession(facts, profileId);

function fakeGeolocation(coords: typeof TIJUANA): Geolocation {
  return {
    getCurrentPosition: (ok: PositionCallback) => ok({ coords: { ...coords, altitude: null, altitudeAccuracy: null, heading: null, speed: null }, timestamp: NOW } as GeolocationPosition),
    watchPosition: () => 0,
    clearWatch: () => undefined,
  } as unknown as Geolocation;
}

/** A phone in Tijuana whose clock is 2 s fast, with every probe faked. */
function tijuanaHost(): LiveSourceHost {
  const tzdata: TzdataFacts = { readAt: NOW, from: NOW, to: NOW + 365 * 86_400_000, deviceZone: 'America/Tijuana', series: [] };
  return {
    clockReferenceUrl: () => 'https://listo.test/',
    reachabilityUrl: null,
    location: { geolocation: fakeGeolocation(TIJUANA), isSecureContext: true, now: () => NOW },
    now: () => NOW,
    time: {
      now: () => NOW + 2000,
      zone: () => 'America/Tijuana',
      offsetAt: () => -420,
      fetch: async () => new Response(null, { headers: { date: new Date(NOW).toUTCString() } }),
    },
    readTzdata: async () => tzdata,
    storage: { storage: { estimate: async () => ({ usage: 1e6, quota: 5e9 }), persisted: async () => false } },
    network: { onLine: true },
    device: { userAgent: 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36', languages: ['es-MX'] },
  };
}

describe('a session', () => {
  it('gathers each step from its source and judges everything gathered so far together', async () => {
    const session = createSession({ source: liveSource(tijuanaHost()), choices, judge });
    await session.gather('time', { ask: true });
    expect(session.state().judgement?.findings.map((f) => f.check)).toEqual(['time.clock', 'time.zone', 'time.tzdata']);
    await session.gather('location', { ask: true });
    const checks = session.state().judgement!.findings.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['time.zone', 'location.permission', 'location.accuracy', 'location.region']));
    expect(session.state().judgement!.findings.find((f) => f.check === 'location.region')?.status).toBe('pass');
    expect(session.state().gathered).toEqual(new Set(['time', 'location']));
  });

  it('gives a recorded phone and the live probes that read the same facts the same findings', async () => {
    const live = createSession({ source: liveSource(tijuanaHost()), choices, judge });
    for (const step of STEPS) await live.gather(step, { ask: true });
    const recorded = createSession({ source: recordedSource(live.state().facts), choices, judge });
    for (const step of STEPS) await recorded.gather(step, { ask: true });
    expect(recorded.state().facts).toEqual(live.state().facts);
    expect(recorded.state().judgement).toEqual(live.state().judgement);
    expect(live.state().judgement!.findings.length).toBeGreaterThan(10);
  });

  it('names the checks that did not run and the facts they wait for', async () => {
    const session = createSession({ source: liveSource(tijuanaHost()), choices, judge });
    await session.gather('time');
    const notRun = session.state().judgement!.notRun;
    expect(notRun.find((n) => n.check === 'location.region')?.missing).toEqual(['location']);
    expect(notRun.find((n) => n.check === 'photo.exposure')?.missing).toEqual(['photo', 'photo.pixels']);
    expect(notRun.some((n) => n.check.startsWith('time.'))).toBe(false);
  });

  it('asks for no position until the person presses the button', async () => {
    let asked = 0;
    const host = tijuanaHost();
    host.location.geolocation = { ...fakeGeolocation(TIJUANA), getCurrentPosition: () => void asked++ } as unknown as Geolocation;
    const session = createSession({ source: liveSource(host), choices, judge });
    await session.gather('location');
    expect(asked).toBe(0);
    expect(session.state().facts.location?.position ?? null).toBeNull();
  });

  it('judges again under another profile without gathering again', async () => {
    const session = createSession({ source: liveSource(tijuanaHost()), choices, judge });
    await session.gather('location', { ask: true });
    expect(session.state().judgement!.findings.some((f) => f.check === 'location.region')).toBe(true);
    await session.choose({ profileId: 'selfie-generic' });
    expect(session.state().judgement!.findings.some((f) => f.check === 'location.region')).toBe(false);
  });

  it('tells its listeners, and forgets everything on reset', async () => {
    const session = createSession({ source: liveSource(tijuanaHost()), choices, judge });
    const seen: number[] = [];
    session.subscribe((state) => seen.push(state.gathering.size));
    await session.gather('time');
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(0);
    session.reset();
    expect(session.state().facts).toEqual({});
    expect(session.state().judgement).toBeNull();
  });

  it('puts every check in one of the four steps', () => {
    expect(stepOfCheck('time.tzdata')).toBe('time');
    expect(stepOfCheck('storage.cache')).toBe('phone');
    expect(stepOfCheck('device.camera')).toBe('phone');
    expect(stepOfCheck('photo.file')).toBe('photo');
  });
});
