import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHECK_IDS,
  judge,
  measurePixels,
  profiles,
  readPhotoMetadata,
  type CheckId,
  type Finding,
  type RgbaImage,
  type Status,
  type TzdataFacts,
} from '../../shared/index';
import { CATALOGUES } from '../../shared/catalogues';
import {
  SCENARIO_IDS,
  loadAllScenarios,
  loadScenario,
  parseScenario,
  scenarioDescriptionKey,
  scenarioFileIds,
  scenarioPhotoFiles,
  scenarioPhotoUrl,
  scenarioTitleKey,
  type Scenario,
} from '../../shared/scenarios/index';
import { showOrientation6 } from '../../scripts/scenarios/photos';
import { detectFaces } from '../../shared/photo/face/detect';
import { mainFace } from '../../shared/photo/face/main-face';
import { withFaceRegion } from '../../shared/photo/pixels/face-region';
import { downscale } from '../../shared/photo/pixels/measure';
import { loadModelsFromDisk } from '../photo/face/models';
import { LANGUAGES_WITH_EVERY_KEY } from '../profiles/languages';

const PHOTOS = new URL('../../shared/scenarios/photos/', import.meta.url);
const PROFILE_IDS = Object.keys(profiles);

let scenarios: Scenario[] = [];
const findings = new Map<string, Finding[]>();

beforeAll(async () => {
  scenarios = await loadAllScenarios();
  for (const scenario of scenarios) findings.set(scenario.id, judge(scenario.facts, profiles[scenario.profileId]));
});

const statusOf = (id: string, check: CheckId): Status | 'absent' => findings.get(id)?.find((f) => f.check === check)?.status ?? 'absent';

describe('trainer scenarios', () => {
  it('has one file per id in SCENARIO_IDS, and no other', () => {
    expect(scenarioFileIds().sort()).toEqual([...SCENARIO_IDS].sort());
    expect(new Set(SCENARIO_IDS).size).toBe(SCENARIO_IDS.length);
  });

  it('every file parses as a Scenario with a known profile and names itself', () => {
    for (const scenario of scenarios) {
      expect(() => parseScenario(scenario, PROFILE_IDS), scenario.id).not.toThrow();
      expect(Object.keys(scenario.facts).length, scenario.id).toBeGreaterThan(0);
    }
    expect(scenarios.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
  });

  it('refuses data that is not a scenario', () => {
    expect(() => parseScenario(null)).toThrow();
    expect(() => parseScenario({ id: 'x', profileId: 'nope', platform: 'android', facts: {} }, PROFILE_IDS)).toThrow(/unknown profile/);
    expect(() => parseScenario({ id: 'x', profileId: 'cbp-one', platform: 'watch', facts: {} })).toThrow(/platform/);
    expect(() => parseScenario({ id: 'x', profileId: 'cbp-one', platform: 'android', facts: { weather: {} } })).toThrow(/fact group/);
  });

  it('has a title and a description in every language written so far', () => {
    for (const id of SCENARIO_IDS) {
      for (const code of LANGUAGES_WITH_EVERY_KEY) {
        const catalogue: Record<string, string> = CATALOGUES[code];
        expect(catalogue[scenarioTitleKey(id)], `${code} ${scenarioTitleKey(id)}`).toBeTruthy();
        expect(catalogue[scenarioDescriptionKey(id)], `${code} ${scenarioDescriptionKey(id)}`).toBeTruthy();
      }
    }
  });

  it('is judged without any check throwing', () => {
    for (const scenario of scenarios) {
      const thrown = findings.get(scenario.id)!.filter((f) => f.message.key === 'check.failed');
      expect(thrown, scenario.id).toEqual([]);
    }
  });

  it('every check id fails (or warns, where it cannot fail) in one scenario and passes in another', () => {
    const missing: string[] = [];
    for (const check of CHECK_IDS) {
      const statuses = scenarios.map((s) => statusOf(s.id, check));
      if (!statuses.some((s) => s === 'fail' || s === 'warn')) missing.push(`${check}: no scenario fails or warns it`);
      if (!statuses.includes('pass')) missing.push(`${check}: no scenario passes it`);
    }
    expect(missing).toEqual([]);
  });

  it('a check that can fail (its file has a fail verdict) fails in some scenario, not only warns', () => {
    const onlyWarned: string[] = [];
    for (const check of CHECK_IDS) {
      const source = readFileSync(new URL(`../../shared/checks/${check.replace('.', '-')}.ts`, import.meta.url), 'utf8');
      if (!source.includes("'fail'")) continue;
      if (!scenarios.some((s) => statusOf(s.id, check) === 'fail')) onlyWarned.push(check);
    }
    expect(onlyWarned).toEqual([]);
  });

  it('uses recorded instants, never the time of the test', () => {
    for (const scenario of scenarios) {
      const time = scenario.facts.time;
      if (!time) continue;
      expect(String(time.deviceNow), scenario.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      const deviceNow = Date.parse(String(time.deviceNow));
      if (time.tzdata) expect(time.tzdata.readAt, scenario.id).toBe(deviceNow);
      if (scenario.facts.location?.readAt !== undefined) expect(scenario.facts.location.readAt, scenario.id).toBe(deviceNow);
      if (scenario.facts.photo) expect(scenario.facts.photo.judgedAt, scenario.id).toBe(time.deviceNow);
    }
  });
});

describe('each scenario shows what its title says', () => {
  const HEADLINES: Record<(typeof SCENARIO_IDS)[number], [CheckId, Status]> = {
    'stale-tzdata-mexico-city-2023': ['time.tzdata', 'fail'],
    'location-denied': ['location.permission', 'fail'],
    'approximate-location': ['location.accuracy', 'warn'],
    'outside-area-tapachula-2024': ['location.region', 'fail'],
    'clock-one-hour-off': ['time.clock', 'fail'],
    'selfie-too-dark': ['photo.exposure', 'fail'],
    'backlit-selfie': ['photo.backlight', 'fail'],
    'heic-photo-too-large': ['photo.file', 'fail'],
    'private-browsing-storage-refused': ['storage.site-data', 'fail'],
    'everything-ready': ['location.region', 'pass'],
    'wrong-time-zone': ['time.zone', 'fail'],
    'location-very-imprecise': ['location.accuracy', 'fail'],
    offline: ['network.connection', 'warn'],
    'storage-full': ['storage.quota', 'fail'],
    'large-cache': ['storage.cache', 'warn'],
    'old-browser': ['device.browser', 'fail'],
    'no-camera': ['device.camera', 'warn'],
    'blurry-selfie': ['photo.sharpness', 'fail'],
    'washed-out-selfie': ['photo.contrast', 'fail'],
    'sideways-photo': ['photo.orientation', 'warn'],
    'photo-with-gps': ['photo.metadata', 'warn'],
    'no-face-in-photo': ['photo.face', 'warn'],
    'two-people-in-selfie': ['photo.face', 'warn'],
    'face-cut-off': ['photo.face', 'fail'],
    'face-too-small': ['photo.face-size', 'fail'],
    'head-tilted': ['photo.head-roll', 'fail'],
  };

  for (const [id, [check, status]] of Object.entries(HEADLINES)) {
    it(`${id}: ${check} ${status}`, () => {
      expect(statusOf(id, check as CheckId)).toBe(status);
    });
  }

  it('shows only its own problem: no other check fails or warns (stale tz data also puts the zone an hour off; a window blown out behind the face also fails the light; the detector finds no face in the dark or the washed-out grey, as it would in the app; two faces side by side are each too small for the eye distance)', () => {
    const allowed: Record<string, CheckId[]> = {
      'stale-tzdata-mexico-city-2023': ['time.zone'],
      'backlit-selfie': ['photo.exposure'],
      'selfie-too-dark': ['photo.face'],
      'washed-out-selfie': ['photo.face'],
      'two-people-in-selfie': ['photo.face-size'],
    };
    for (const [id, [check]] of Object.entries(HEADLINES)) {
      const others = findings
        .get(id)!
        .filter((f) => f.check !== check && !(allowed[id] ?? []).includes(f.check) && (f.status === 'fail' || f.status === 'warn'))
        .map((f) => `${f.check}:${f.status}`);
      expect(others, id).toEqual([]);
    }
  });

  it('everything ready: every check runs, none fails or warns', () => {
    const ready = findings.get('everything-ready')!;
    expect(ready.map((f) => f.check)).toEqual([...CHECK_IDS]);
    expect(ready.filter((f) => f.status !== 'pass').map((f) => `${f.check}:${f.status}`)).toEqual([]);
  });

  it('stale tz data: the canaries date it before 2022f, and it shows an hour ahead now', () => {
    const tzdata = findings.get('stale-tzdata-mexico-city-2023')!.find((f) => f.check === 'time.tzdata')!;
    expect(tzdata.message.key).toBe('time.tzdata.wrongNow');
    expect(tzdata.evidence.dataAge).toBe('before-2022f');
    expect(tzdata.message.params).toMatchObject({ direction: 'ahead', hours: 1 });
  });

  it('HEIC too large, on a phone that cannot open HEIC: refused as HEIC with "Most Compatible", and no Listo copy offered for its size', () => {
    const file = findings.get('heic-photo-too-large')!.find((f) => f.check === 'photo.file')!;
    expect(file.message).toEqual({ key: 'photo.file.heic', params: { decodable: 'no' } });
    // A copy would mend the size, but this browser cannot open the photo to make one: only what can be done is said.
    expect(file.details?.map((d) => d.key) ?? []).not.toEqual(expect.arrayContaining(['photo.file.tooBig']));
    expect(file.fixes).not.toContain('photo.make-app-ready');
  });

  it('Tapachula: outside in May 2024, inside once Chiapas was added (the date is a fact)', async () => {
    const scenario = await loadScenario('outside-area-tapachula-2024');
    const region = (facts: Scenario['facts']) => judge(facts, profiles['cbp-one']).find((f) => f.check === 'location.region')!;
    expect(region(scenario.facts).message.key).toBe('location.region.outsideInMexico');
    const later = Date.parse('2024-09-02T17:30:00Z');
    const september = { ...scenario.facts, location: { ...scenario.facts.location!, readAt: later } };
    expect(region(september).status).toBe('pass');
  });
});

describe('scenario photos', () => {
  const withPhoto = () => scenarios.filter((s) => s.photo);

  it('every photo file belongs to a scenario and every named photo exists, small', () => {
    const used = new Set(withPhoto().map((s) => s.photo!));
    expect(scenarioPhotoFiles().sort()).toEqual([...used].sort());
    for (const name of used) expect(readFileSync(new URL(name, PHOTOS)).length, name).toBeLessThanOrEqual(60_000);
  });

  it('the facts are what Listo reads from the picture itself: metadata, the real face detector, pixels with the face region', async () => {
    const models = loadModelsFromDisk();
    for (const scenario of withPhoto()) {
      const bytes = new Uint8Array(readFileSync(new URL(scenario.photo!, PHOTOS)));
      const metadata = await readPhotoMetadata(bytes);
      expect(scenario.facts.photo!.metadata, scenario.id).toEqual(metadata);
      const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
      const stored: RgbaImage = { data: decoded.data, width: decoded.width, height: decoded.height };
      // A browser shows (and Listo measures) the picture upright.
      const shown = metadata.orientation === 6 ? showOrientation6(stored) : stored;
      const image = downscale(shown);
      const face = scenario.facts.photo!.face!;
      // One photo records the face as drawn (a face cut off by the frame, which the network boxes only inside it).
      if (face.model === 'drawn') expect(scenario.id).toBe('face-cut-off');
      else expect(face, scenario.id).toEqual(detectFaces(image, models, { inputSize: 224 }));
      expect(face.analysisWidth, scenario.id).toBe(image.width);
      expect(scenario.facts.photo!.pixels, scenario.id).toEqual(withFaceRegion(measurePixels(image), image, mainFace(face)?.box));
    }
  }, 60_000);

  it('every photo scenario has face facts, and the ready phone one face found by the detector', () => {
    for (const scenario of withPhoto()) expect(scenario.facts.photo!.face, scenario.id).toBeDefined();
    const ready = scenarios.find((s) => s.id === 'everything-ready')!.facts.photo!.face!;
    expect(ready.faces).toHaveLength(1);
    expect(ready.model).not.toBe('drawn');
  });

  it('each photo resolves to a URL for the shells', async () => {
    for (const name of scenarioPhotoFiles()) expect(typeof (await scenarioPhotoUrl(name))).toBe('string');
  });
});

describe('time-zone facts come from the real probe', () => {
  it('the stale series is what readTzdataFacts gives under the tz 2022e ICU files', () => {
    const scenario = JSON.parse(readFileSync(new URL('../../shared/scenarios/stale-tzdata-mexico-city-2023.json', import.meta.url), 'utf8')) as Scenario;
    const time = scenario.facts.time!;
    const env = { ...process.env, ICU_TIMEZONE_FILES_DIR: fileURLToPath(new URL('../fixtures/icu-tzdata/2022e', import.meta.url)) };
    const out = execFileSync(
      fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url)),
      [fileURLToPath(new URL('../../scripts/scenarios/read-tzdata.ts', import.meta.url)), JSON.stringify([{ zone: time.zone, at: time.deviceNow }])],
      { env, encoding: 'utf8' },
    );
    const { tz, readings } = JSON.parse(out) as { tz: string; readings: Array<{ tzdata: TzdataFacts; offsetMinutes: number }> };
    expect(tz).toBe('2022e');
    const read = { ...readings[0]!.tzdata };
    delete read.reportedVersion;
    expect(time.tzdata).toEqual(read);
    expect(time.offsetMinutes).toBe(readings[0]!.offsetMinutes);
  });
});

describe('trainer mode stays off the first load', () => {
  it('scenario files and photos are globbed lazily', () => {
    const source = readFileSync(new URL('../../shared/scenarios/index.ts', import.meta.url), 'utf8');
    expect(source).toContain("import.meta.glob<unknown>('./*.json', { import: 'default' })");
    expect(source).not.toMatch(/eager\s*:\s*true/);
  });
});
