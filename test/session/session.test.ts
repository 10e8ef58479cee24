import { describe, expect, it } from 'vitest';
import { createSession, type Choices, type JudgeFn } from '../../shared/session/session';
import { judgeSession } from '../../shared/session/judge-session';
import { liveSource, type LiveSourceHost } from '../../shared/session/live-source';
import { recordedSource } from '../../shared/session/recorded-source';
import type { FactSource, GatherRequest } from '../../shared/session/fact-source';
import { STEPS, stepOfCheck, type StepId } from '../../shared/session/steps';
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

/** A source whose reads wait until the test lets each one end, in the order the test chooses. */
function heldSource(factsOf: (step: StepId, request: GatherRequest) => Facts) {
  const reads: Array<{ step: StepId; ask: boolean; end(): void; fail(): void }> = [];
  const source: FactSource = {
    kind: 'live',
    gather: (step, request) =>
      new Promise<Facts>((done, failed) => reads.push({ step, ask: request.ask, end: () => done(factsOf(step, request)), fail: () => failed(new Error('probe broke')) })),
  };
  return { source, reads };
}

/** A judge whose judgements wait until the test lets each one end. */
function heldJudge() {
  const judgements: Array<{ facts: Facts; end(): void; fail(): void }> = [];
  const held: JudgeFn = (facts, profileId) =>
    new Promise((done, failed) => judgements.push({ facts, end: () => void judge(facts, profileId).then(done), fail: () => failed(new Error('judge broke')) }));
  return { judge: held, judgements };
}

/** Lets every promise that is ready settle (the source, judging and the session's bookkeeping). */
const settle = () => new Promise((done) => setTimeout(done, 0));

const TIJUANA_POSITION: Facts = { location: { permission: 'granted', request: 'granted', readAt: 0, position: { lat: 32.5149, lon: -117.0382, accuracy: 20, timestamp: 0 } } };
const HINT_ONLY: Facts = { location: { permission: 'granted' } };
const TIME: Facts = { time: { deviceNow: NOW, referenceNow: NOW, zone: 'America/Tijuana' } };

describe('a session, when reads and judgements overlap', () => {
  it("keeps the person's own reading when the start's quiet reading of the same step ends after it", async () => {
    const { source, reads } = heldSource((_step, request) => (request.ask ? TIJUANA_POSITION : HINT_ONLY));
    const session = createSession({ source, choices, judge });
    const quiet = session.gather('location');
    const asked = session.gather('location', { ask: true });
    reads[1]!.end(); // the person's reading ends first…
    await asked;
    expect(session.state().gathering.has('location')).toBe(true); // …while the quiet one is still under way
    reads[0]!.end();
    await quiet;
    expect(session.state().gathering.size).toBe(0);
    expect(session.state().facts.location?.position?.lat).toBe(32.5149);
    expect(session.state().judgement!.findings.find((f) => f.check === 'location.region')?.status).toBe('pass');
  });

  it('takes the newest of two asked reads of one step, whichever ends last', async () => {
    const positions = [32.5149, 31.6904];
    let asked = 0;
    const { source, reads } = heldSource(() => ({ location: { ...TIJUANA_POSITION.location!, position: { lat: positions[asked++]!, lon: -106.4245, accuracy: 20, timestamp: 0 } } }));
    const session = createSession({ source, choices, judge });
    const first = session.gather('location', { ask: true });
    const second = session.gather('location', { ask: true });
    reads[1]!.end(); // the newer read (first in the facts' order: 32.5149) ends first
    reads[0]!.end();
    await Promise.all([first, second]);
    expect(session.state().facts.location?.position?.lat).toBe(32.5149);
  });

  it('keeps a step busy until a judgement that holds its facts is shown, even when an earlier one ends last', async () => {
    const { source, reads } = heldSource((step) => (step === 'time' ? TIME : TIJUANA_POSITION));
    const { judge: held, judgements } = heldJudge();
    const session = createSession({ source, choices, judge: held });
    const time = session.gather('time', { ask: true });
    reads[0]!.end();
    await settle();
    const location = session.gather('location', { ask: true });
    reads[1]!.end();
    await settle();
    expect(judgements).toHaveLength(2);
    // The time step's own judgement ends, but a newer one (time and location) is under way: time stays busy.
    judgements[0]!.end();
    await settle();
    await settle();
    expect(session.state().gathering.has('time')).toBe(true);
    judgements[1]!.end();
    await Promise.all([time, location]);
    expect(session.state().gathering.size).toBe(0);
    const checks = session.state().judgement!.findings.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['time.clock', 'location.region']));
  });

  it('never shows an earlier judgement that ends after a later one', async () => {
    const { source, reads } = heldSource((step) => (step === 'time' ? TIME : TIJUANA_POSITION));
    const { judge: held, judgements } = heldJudge();
    const session = createSession({ source, choices, judge: held });
    const time = session.gather('time', { ask: true });
    reads[0]!.end();
    await settle();
    const location = session.gather('location', { ask: true });
    reads[1]!.end();
    await settle();
    judgements[1]!.end();
    await settle();
    await settle();
    judgements[0]!.end();
    await Promise.all([time, location]);
    expect(session.state().judgement!.findings.some((f) => f.check === 'location.region')).toBe(true);
  });

  it('ends busy and marks the step "could not check" when judging throws, and clears it on the next try', async () => {
    const { source, reads } = heldSource(() => TIME);
    const { judge: held, judgements } = heldJudge();
    const session = createSession({ source, choices, judge: held });
    const first = session.gather('time', { ask: true });
    reads[0]!.end();
    await settle();
    judgements[0]!.fail();
    await expect(first).resolves.toBeUndefined();
    expect(session.state().gathering.size).toBe(0);
    expect(session.state().failed).toEqual(new Set(['time']));
    const again = session.gather('time', { ask: true });
    expect(session.state().failed.size).toBe(0); // asked again: no longer said to have failed while it runs
    reads[1]!.end();
    await settle();
    judgements[1]!.end();
    await again;
    expect(session.state().failed.size).toBe(0);
    expect(session.state().judgement!.findings.map((f) => f.check)).toContain('time.clock');
  });

  it('ends busy and marks the step when its source throws', async () => {
    const { source, reads } = heldSource(() => TIME);
    const session = createSession({ source, choices, judge });
    const gathered = session.gather('time', { ask: true });
    reads[0]!.fail();
    await expect(gathered).resolves.toBeUndefined();
    expect(session.state().gathering.size).toBe(0);
    expect(session.state().failed).toEqual(new Set(['time']));
  });

  it('marks the steps asked for when judging under a newly chosen app fails', async () => {
    const { source, reads } = heldSource(() => TIME);
    const { judge: held, judgements } = heldJudge();
    const session = createSession({ source, choices, judge: held });
    const time = session.gather('time', { ask: true });
    reads[0]!.end();
    await settle();
    judgements[0]!.end();
    await time;
    const chosen = session.choose({ profileId: 'selfie-generic' });
    await settle();
    judgements[1]!.fail();
    await expect(chosen).resolves.toBeUndefined();
    expect(session.state().failed).toEqual(new Set(['time']));
  });

  it('drops what arrives for the old check-up after "Start again"', async () => {
    const { source, reads } = heldSource(() => TIJUANA_POSITION);
    const session = createSession({ source, choices, judge });
    const gathered = session.gather('location', { ask: true });
    session.reset();
    reads[0]!.end();
    await gathered;
    expect(session.state().facts).toEqual({});
    expect(session.state().judgement).toBeNull();
    expect(session.state().gathered.size).toBe(0);
  });
});
