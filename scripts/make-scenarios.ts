/**
 * Writes the trainer scenarios: shared/scenarios/<id>.json and the sample
 * photos in shared/scenarios/photos/. Reproducible: run `npx tsx
 * scripts/make-scenarios.ts` and the files come out the same.
 *
 * Every fact comes from the real code wherever there is code to produce it:
 * time-zone data from the real probe (readTzdataFacts) in a child Node whose
 * ICU reads past tz releases (test/fixtures/icu-tzdata); device facts from
 * readDeviceFacts given the phone's User-Agent and Client Hints; photo facts
 * from readPhotoMetadata, the real face detector (shipped weights, run in Node)
 * and measurePixels + withFaceRegion on the JPEG as written (one face cut off
 * by the frame is recorded as drawn: see shared/scenarios/photos/README.md). What no
 * code can produce here (a position, a storage estimate, a HEIC file) is
 * written down as the probe would return it. Times are recorded instants,
 * never "now". Each scenario is judged before it is written: a scenario that
 * does not show its headline finding stops the script.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  judge,
  measurePixels,
  profiles,
  readDeviceFacts,
  readPhotoMetadata,
  type CheckId,
  type DeviceFacts,
  type Facts,
  type NetworkFacts,
  type PhotoFacts,
  type Platform,
  type ProfileId,
  type Status,
  type StorageFacts,
  type TzdataFacts,
} from '../shared/index';
import type { ClientHints } from '../shared/probes/user-agent';
import type { Scenario } from '../shared/scenarios/scenario';
import { SELFIE_DETECTION, detectFaces } from '../shared/photo/face/detect';
import type { FaceFacts } from '../shared/photo/face/probe';
import { mainFace } from '../shared/photo/face/main-face';
import { withFaceRegion } from '../shared/photo/pixels/face-region';
import { downscale } from '../shared/photo/pixels/measure';
import { loadModelsFromDisk } from '../test/photo/face/models';
import { drawnFace, makePhoto, SELFIE_POSE, type ExifSpec, type Lighting, type PhotoSpec, type Pose } from './scenarios/photos';

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('shared/scenarios/', ROOT);
const PHOTOS = new URL('photos/', OUT);
const ICU_FIXTURES = fileURLToPath(new URL('test/fixtures/icu-tzdata/', ROOT));
const TSX = fileURLToPath(new URL('node_modules/.bin/tsx', ROOT));
const READ_TZDATA = fileURLToPath(new URL('scripts/scenarios/read-tzdata.ts', ROOT));

/** Listo's own origin answers the clock reference (an example name: the real one depends on where it is served). */
const ORIGIN = 'https://listo.example';

// --- Places ---------------------------------------------------------------------

interface Place {
  lat: number;
  lon: number;
  zone: string;
}

const PLACES = {
  // La Mesa, Tijuana: about 4 km south of the border, so a 2 km circle stays in Mexico.
  tijuana: { lat: 32.5113, lon: -116.9683, zone: 'America/Tijuana' },
  mexicoCity: { lat: 19.4326, lon: -99.1332, zone: 'America/Mexico_City' },
  tapachula: { lat: 14.9056, lon: -92.2633, zone: 'America/Mexico_City' },
  monterrey: { lat: 25.6866, lon: -100.3161, zone: 'America/Monterrey' },
  guadalajara: { lat: 20.6597, lon: -103.3496, zone: 'America/Mexico_City' },
  newYork: { lat: 40.7282, lon: -73.7949, zone: 'America/New_York' },
  houston: { lat: 29.7604, lon: -95.3698, zone: 'America/Chicago' },
  losAngeles: { lat: 34.0522, lon: -118.2437, zone: 'America/Los_Angeles' },
  phoenix: { lat: 33.4484, lon: -112.074, zone: 'America/Phoenix' },
  sanAntonio: { lat: 29.4241, lon: -98.4936, zone: 'America/Chicago' },
} as const satisfies Record<string, Place>;

// --- Devices --------------------------------------------------------------------

interface DeviceSpec {
  userAgent: string;
  hints?: ClientHints;
  cameras: number;
  languages: string[];
}

function androidChrome(chrome: string, android: string): DeviceSpec {
  const major = chrome.split('.')[0]!;
  return {
    // Chrome freezes the Android UA string ("Android 10; K"); Client Hints carry the real versions.
    userAgent: `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Mobile Safari/537.36`,
    hints: {
      brands: [
        { brand: 'Chromium', version: major },
        { brand: 'Google Chrome', version: major },
        { brand: 'Not?A_Brand', version: '99' },
      ],
      fullVersionList: [
        { brand: 'Chromium', version: chrome },
        { brand: 'Google Chrome', version: chrome },
        { brand: 'Not?A_Brand', version: '99.0.0.0' },
      ],
      mobile: true,
      platform: 'Android',
      platformVersion: `${android}.0.0`,
    },
    cameras: 2,
    languages: ['es-MX', 'es'],
  };
}

function iphoneSafari(ios: string, safari: string): DeviceSpec {
  return {
    userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios.replace('.', '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`,
    cameras: 2,
    languages: ['es-US', 'es'],
  };
}

const DEVICES = {
  samsungInternet19: {
    // Samsung Internet 19 runs Chromium 102 (2022), whose own ICU time-zone data predates Mexico's 2022 reform.
    userAgent:
      'Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-A125M) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/19.0 Chrome/102.0.5005.125 Mobile Safari/537.36',
    cameras: 2,
    languages: ['es-MX', 'es'],
  },
  firefoxAndroid112: {
    userAgent: 'Mozilla/5.0 (Android 13; Mobile; rv:112.0) Gecko/112.0 Firefox/112.0',
    cameras: 2,
    languages: ['es-MX', 'es'],
  },
} satisfies Record<string, DeviceSpec>;

function laptopChrome(chrome: string, cameras: number): DeviceSpec {
  const major = chrome.split('.')[0]!;
  return {
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`,
    hints: {
      brands: [
        { brand: 'Chromium', version: major },
        { brand: 'Google Chrome', version: major },
        { brand: 'Not?A_Brand', version: '99' },
      ],
      fullVersionList: [
        { brand: 'Chromium', version: chrome },
        { brand: 'Google Chrome', version: chrome },
        { brand: 'Not?A_Brand', version: '99.0.0.0' },
      ],
      mobile: false,
      platform: 'Windows',
      platformVersion: '15.0.0',
    },
    cameras,
    languages: ['en-US', 'es'],
  };
}

async function deviceFacts(spec: DeviceSpec): Promise<DeviceFacts> {
  const hints = spec.hints;
  return readDeviceFacts({
    userAgent: spec.userAgent,
    languages: spec.languages,
    ...(hints ? { userAgentData: { ...hints, getHighEntropyValues: async () => hints } } : {}),
    mediaDevices: {
      enumerateDevices: async () =>
        Array.from({ length: spec.cameras }, (_, i) => ({ kind: 'videoinput', deviceId: '', groupId: '', label: '', toJSON: () => i }) as MediaDeviceInfo),
    },
  });
}

// --- Photos ---------------------------------------------------------------------

/** The smallest sample photos the checks accept as files: Yoti's minimum is 50 KB (profiles/photo-rules.ts). */
const PHOTO_BYTES = { min: 51_000, max: 56_000 };
/** Big enough that the face's eye centres are 90 px apart (photo.face-size's ISO/ICAO figure). */
const PHOTO_SIZE = { width: 420, height: 560 };

interface PhotoPlan {
  name: string;
  lighting: Lighting;
  lumaNoise: number;
  exif?: ExifSpec;
  people?: Pose[];
  /** Record the face as drawn (model 'drawn') instead of running the detector: for a face the network cannot box as it is. */
  drawnFace?: boolean;
}

/** Finds the colour noise that brings the file into PHOTO_BYTES (colour noise leaves the luma metrics alone). */
function photoWithinBytes(plan: PhotoPlan): { spec: PhotoSpec; bytes: Uint8Array; shown: ReturnType<typeof makePhoto>['shown'] } {
  let lo = 0;
  let hi = 16;
  for (let step = 0; step < 24; step++) {
    const chromaNoise = Math.round(((lo + hi) / 2) * 1000) / 1000;
    const spec: PhotoSpec = { name: plan.name, lighting: plan.lighting, width: PHOTO_SIZE.width, height: PHOTO_SIZE.height, quality: 85, lumaNoise: plan.lumaNoise, chromaNoise, ...(plan.exif ? { exif: plan.exif } : {}), ...(plan.people ? { people: plan.people } : {}) };
    const photo = makePhoto(spec);
    if (photo.bytes.length < PHOTO_BYTES.min) lo = chromaNoise;
    else if (photo.bytes.length > PHOTO_BYTES.max) hi = chromaNoise;
    else return { spec, ...photo };
  }
  throw new Error(`${plan.name}: no noise level gives ${PHOTO_BYTES.min}–${PHOTO_BYTES.max} bytes`);
}

const photoCache = new Map<string, Omit<PhotoFacts, 'judgedAt'>>();

/** The detector's first input size for selfies (SELFIE_DETECTION, as shared/photo/face/load.ts runs it, fallbacks included). */
export const SCENARIO_FACE_INPUT_SIZE = 224;
let faceModels: ReturnType<typeof loadModelsFromDisk> | null = null;

async function photoFacts(plan: PhotoPlan): Promise<Omit<PhotoFacts, 'judgedAt'>> {
  const cached = photoCache.get(plan.name);
  if (cached) return cached;
  const { bytes, shown } = photoWithinBytes(plan);
  writeFileSync(new URL(plan.name, PHOTOS), bytes);
  // As the app does it (shared/photo/analyse.ts): metadata from the bytes; the real face detector, with the
  // shipped weights, on the analysis copy of the picture as the browser shows it (upright); pixel metrics with
  // the face-region light measured in the largest face's box.
  const image = downscale(shown);
  faceModels ??= loadModelsFromDisk();
  const face: FaceFacts = plan.drawnFace
    ? {
        faces: (plan.people ?? [SELFIE_POSE]).map((pose) => {
          const drawn = drawnFace(pose, image.width, image.height);
          return { box: drawn.box, score: 1, landmarks: drawn.landmarks };
        }),
        analysisWidth: image.width,
        analysisHeight: image.height,
        model: 'drawn',
      }
    : detectFaces(image, faceModels, { ...SELFIE_DETECTION, inputSize: SCENARIO_FACE_INPUT_SIZE });
  const pixels = withFaceRegion(measurePixels(image), image, mainFace(face)?.box);
  const facts = { metadata: await readPhotoMetadata(bytes), pixels, face, decodeError: null };
  photoCache.set(plan.name, facts);
  return facts;
}

const FINE: PhotoPlan = { name: 'selfie-fine.jpg', lighting: 'fine', lumaNoise: 3 };

// --- Time-zone data -------------------------------------------------------------

type TzRelease = 'current' | '2022e';

interface TzReading {
  tzdata: TzdataFacts;
  offsetMinutes: number;
}

/** Reads tz facts for each (zone, instant) in a child Node under the given tz release. */
function readTzdata(release: TzRelease, requests: Array<{ zone: string; at: string }>): TzReading[] {
  if (requests.length === 0) return [];
  const env = { ...process.env };
  delete env.ICU_TIMEZONE_FILES_DIR;
  if (release !== 'current') env.ICU_TIMEZONE_FILES_DIR = `${ICU_FIXTURES}${release}`;
  const out = execFileSync(TSX, [READ_TZDATA, JSON.stringify(requests)], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { tz, readings } = JSON.parse(out) as { tz: string; readings: TzReading[] };
  // ICU falls back to its own data silently when the folder is wrong (test/fixtures/icu-tzdata/README.md).
  if (release !== 'current' && tz !== release) throw new Error(`asked for tz ${release}, the child Node has ${tz}`);
  return readings;
}

// --- Scenarios ------------------------------------------------------------------

interface Spec {
  id: string;
  profileId: ProfileId;
  platform: Platform;
  /** The phone's clock when the facts were read (what the phone said, not the true time). */
  at: string;
  /** The true time at that moment: the reference the clock is compared with; null when offline. */
  reference?: string | null;
  place: Place;
  /** The zone the phone is set to; defaults to the place's. */
  zone?: string;
  tzdata?: TzRelease;
  device: DeviceSpec;
  accuracy?: number;
  photo?: PhotoPlan | null;
  /** Photo facts written down (for a file no generator here can make). */
  photoFacts?: Omit<PhotoFacts, 'judgedAt'>;
  /** The scenario's fault, applied to a ready phone's facts. */
  edit?: (facts: Facts) => void;
  /** What judging must show; checked before the file is written. */
  headline: [CheckId, Status];
}

function withoutVersion(tzdata: TzdataFacts): TzdataFacts {
  const rest = { ...tzdata };
  delete rest.reportedVersion;
  return rest;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function storageFor(platform: Platform): StorageFacts {
  return {
    usageBytes: 3_356_000,
    quotaBytes: platform === 'laptop' ? 98_000_000_000 : 5_812_000_000,
    estimateError: null,
    persisted: false,
    caches: { count: 2, entries: 41, bytes: 1_214_000 },
    cachesError: null,
    serviceWorker: 'controlled',
    cookies: true,
    localStorage: true,
    indexedDB: true,
  };
}

function networkFor(device: DeviceSpec): NetworkFacts {
  // The Network Information API is Chromium's only.
  const chromium = /Chrome\//.test(device.userAgent);
  return {
    online: true,
    effectiveType: chromium ? '4g' : null,
    saveData: chromium ? false : null,
    downlinkMbps: chromium ? 7.4 : null,
    rttMs: chromium ? 100 : null,
    originReachable: true,
    originRoundTripMs: 184,
    originError: null,
  };
}

const SPECS: Spec[] = [
  {
    id: 'stale-tzdata-mexico-city-2023',
    profileId: 'cbp-one',
    platform: 'android',
    // The day after 2 April 2023, when phones with old data jumped an hour (FACTS: "Phones in Mexico jumped an hour").
    at: '2023-04-03T15:00:00Z',
    place: PLACES.mexicoCity,
    tzdata: '2022e',
    device: DEVICES.samsungInternet19,
    photo: FINE,
    headline: ['time.tzdata', 'fail'],
  },
  {
    id: 'location-denied',
    profileId: 'smartlink',
    platform: 'iphone',
    at: '2024-11-12T14:00:00Z',
    place: PLACES.newYork,
    device: iphoneSafari('17.6', '17.6'),
    photo: FINE,
    edit: (facts) => {
      // WebKit reports "prompt" before asking, even after a denial; the request's answer is what counts.
      facts.location = { permission: 'denied', permissionHint: 'prompt', request: 'denied', position: null, readAt: facts.location!.readAt!, secureContext: true };
    },
    headline: ['location.permission', 'fail'],
  },
  {
    id: 'approximate-location',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2024-06-10T18:00:00Z',
    place: PLACES.tijuana,
    device: androidChrome('125.0.6422.165', '14'),
    // "Precise location" switched off (Android 12+): a radius of kilometres.
    accuracy: 1800,
    photo: FINE,
    headline: ['location.accuracy', 'warn'],
  },
  {
    id: 'outside-area-tapachula-2024',
    profileId: 'cbp-one',
    platform: 'android',
    // Before 2024-08-23, when CBP One also accepted Chiapas for non-Mexicans.
    at: '2024-05-14T17:30:00Z',
    place: PLACES.tapachula,
    device: androidChrome('124.0.6367.179', '13'),
    photo: FINE,
    headline: ['location.region', 'fail'],
  },
  {
    id: 'clock-one-hour-off',
    profileId: 'cbp-one',
    platform: 'android',
    // Automatic time switched off and the clock set by hand an hour ahead.
    at: '2024-09-18T17:00:20Z',
    reference: '2024-09-18T16:00:00Z',
    place: PLACES.monterrey,
    device: androidChrome('128.0.6613.146', '14'),
    photo: FINE,
    headline: ['time.clock', 'fail'],
  },
  {
    id: 'selfie-too-dark',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2024-10-02T02:30:00Z',
    place: PLACES.monterrey,
    device: androidChrome('129.0.6668.100', '14'),
    photo: { name: 'selfie-dark.jpg', lighting: 'dark', lumaNoise: 3 },
    headline: ['photo.exposure', 'fail'],
  },
  {
    id: 'backlit-selfie',
    profileId: 'smartlink',
    platform: 'iphone',
    at: '2024-10-21T19:10:00Z',
    place: PLACES.houston,
    device: iphoneSafari('17.6', '17.6'),
    photo: { name: 'selfie-backlit.jpg', lighting: 'backlit', lumaNoise: 3 },
    headline: ['photo.backlight', 'fail'],
  },
  {
    id: 'heic-photo-too-large',
    profileId: 'cbp-home',
    platform: 'laptop',
    at: '2025-06-14T17:30:00Z',
    place: PLACES.losAngeles,
    // A volunteer's laptop: the iPhone photo arrived as HEIC (by cable or e-mail), and Chrome cannot decode HEIC.
    device: laptopChrome('137.0.7151.104', 1),
    accuracy: 40,
    photo: null,
    photoFacts: {
      metadata: {
        format: 'heic',
        width: 4032,
        height: 3024,
        bytes: 2_861_544,
        orientation: 6,
        orientationTagged: true,
        capturedAt: '2025:06:14 10:21:07',
        offsetTime: '-07:00',
        hasGps: false,
        gps: null,
        make: 'Apple',
        model: 'iPhone 12',
        software: '16.6',
        animated: false,
        hasAlpha: false,
      },
      pixels: null,
      decodeError: 'InvalidStateError: The source image could not be decoded.',
    },
    headline: ['photo.file', 'fail'],
  },
  {
    id: 'private-browsing-storage-refused',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2023-05-20T19:00:00Z',
    place: PLACES.monterrey,
    // Firefox private windows refused IndexedDB until Firefox 115.
    device: DEVICES.firefoxAndroid112,
    photo: FINE,
    edit: (facts) => {
      facts.storage = { ...facts.storage!, indexedDB: false, storeErrors: { indexedDB: 'InvalidStateError' }, serviceWorker: 'none', caches: { count: 0, entries: 0, bytes: 0 } };
    },
    headline: ['storage.site-data', 'fail'],
  },
  {
    id: 'everything-ready',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2024-10-15T17:00:00Z',
    place: PLACES.tijuana,
    device: androidChrome('129.0.6668.100', '14'),
    photo: FINE,
    headline: ['photo.file', 'pass'],
  },
  {
    id: 'wrong-time-zone',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2024-11-20T18:00:00Z',
    place: PLACES.tijuana,
    // Set by hand to Mexico City time while in Tijuana: two hours off in winter.
    zone: 'America/Mexico_City',
    device: androidChrome('130.0.6723.102', '14'),
    photo: FINE,
    headline: ['time.zone', 'fail'],
  },
  {
    id: 'location-very-imprecise',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2024-07-02T15:00:00Z',
    place: PLACES.monterrey,
    device: androidChrome('126.0.6478.122', '13'),
    // Indoors with GPS off: high accuracy timed out and the low-accuracy reading came from cell towers.
    accuracy: 6500,
    edit: (facts) => {
      facts.location!.highAccuracy = false;
    },
    photo: FINE,
    headline: ['location.accuracy', 'fail'],
  },
  {
    id: 'offline',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2024-08-10T20:00:00Z',
    reference: null,
    place: PLACES.monterrey,
    device: androidChrome('127.0.6533.103', '14'),
    photo: FINE,
    edit: (facts) => {
      facts.network = { online: false, effectiveType: '4g', saveData: false, downlinkMbps: 10, rttMs: 0, originReachable: null, originRoundTripMs: null, originError: 'offline' };
    },
    headline: ['network.connection', 'warn'],
  },
  {
    id: 'storage-full',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2024-09-03T16:00:00Z',
    place: PLACES.guadalajara,
    device: androidChrome('128.0.6613.127', '13'),
    photo: FINE,
    edit: (facts) => {
      // A nearly full phone: Chrome's quota is usage plus a share of the free disk.
      facts.storage = { ...facts.storage!, usageBytes: 131_000_000, quotaBytes: 160_000_000 };
    },
    headline: ['storage.quota', 'fail'],
  },
  {
    id: 'large-cache',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2024-08-28T18:30:00Z',
    place: PLACES.tijuana,
    device: androidChrome('127.0.6533.103', '14'),
    photo: FINE,
    edit: (facts) => {
      // Opaque responses are padded to about 7 MB each in Chrome (workbox#2226).
      facts.storage = { ...facts.storage!, usageBytes: 352_000_000, caches: { count: 3, entries: 52, bytes: 347_000_000 } };
    },
    headline: ['storage.cache', 'warn'],
  },
  {
    id: 'old-browser',
    profileId: 'smartlink',
    platform: 'iphone',
    at: '2024-03-05T15:00:00Z',
    place: PLACES.newYork,
    // iOS 15.7: Safari's engine is the system's, below what the pages need (16.4).
    device: iphoneSafari('15.7', '15.6.6'),
    photo: FINE,
    edit: (facts) => {
      // Safari before 17 has no storage estimate.
      facts.storage = { ...facts.storage!, usageBytes: null, quotaBytes: null, estimateError: 'missing' };
    },
    headline: ['device.browser', 'fail'],
  },
  {
    id: 'no-camera',
    profileId: 'selfie-generic',
    platform: 'laptop',
    at: '2024-11-05T18:00:00Z',
    place: PLACES.tijuana,
    // A shelter laptop with its camera switched off in Windows: enumerateDevices lists none.
    device: laptopChrome('130.0.6723.92', 0),
    // A laptop's position comes from Wi-Fi: tens of metres.
    accuracy: 40,
    photo: FINE,
    headline: ['device.camera', 'warn'],
  },
  {
    id: 'blurry-selfie',
    profileId: 'smartlink',
    platform: 'android',
    at: '2024-12-03T17:00:00Z',
    place: PLACES.phoenix,
    device: androidChrome('131.0.6778.81', '14'),
    photo: { name: 'selfie-blurry.jpg', lighting: 'blurry', lumaNoise: 1 },
    headline: ['photo.sharpness', 'fail'],
  },
  {
    id: 'washed-out-selfie',
    profileId: 'cbp-home',
    platform: 'android',
    at: '2025-05-06T16:00:00Z',
    place: PLACES.sanAntonio,
    device: androidChrome('136.0.7103.60', '15'),
    photo: { name: 'selfie-washed-out.jpg', lighting: 'washed-out', lumaNoise: 3.5 },
    headline: ['photo.contrast', 'fail'],
  },
  {
    id: 'sideways-photo',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2024-09-24T16:05:00Z',
    place: PLACES.monterrey,
    device: androidChrome('129.0.6668.70', '14'),
    photo: {
      name: 'selfie-sideways.jpg',
      lighting: 'fine',
      lumaNoise: 3,
      exif: { orientation: 6, make: 'samsung', model: 'SM-A145M', dateTimeOriginal: '2024:09:24 10:02:41', offsetTimeOriginal: '-06:00' },
    },
    headline: ['photo.orientation', 'warn'],
  },
  {
    id: 'photo-with-gps',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2024-10-08T17:20:00Z',
    place: PLACES.tijuana,
    device: androidChrome('129.0.6668.100', '14'),
    photo: {
      name: 'selfie-gps.jpg',
      lighting: 'fine',
      lumaNoise: 3,
      exif: { make: 'motorola', model: 'moto g34 5G', dateTimeOriginal: '2024:10:08 10:14:55', offsetTimeOriginal: '-07:00', gps: { lat: 32.5113, lon: -116.9683 } },
    },
    headline: ['photo.metadata', 'warn'],
  },
  {
    id: 'no-face-in-photo',
    profileId: 'selfie-generic',
    platform: 'android',
    at: '2024-10-29T16:40:00Z',
    place: PLACES.monterrey,
    device: androidChrome('130.0.6723.86', '14'),
    // The front camera was not switched on: the back camera took the room.
    photo: { name: 'room-no-face.jpg', lighting: 'fine', lumaNoise: 3, people: [] },
    headline: ['photo.face', 'warn'],
  },
  {
    id: 'two-people-in-selfie',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2024-11-26T17:15:00Z',
    place: PLACES.tijuana,
    device: androidChrome('131.0.6778.81', '14'),
    // A parent and a child in one selfie: each person needs a photo of their own.
    photo: {
      name: 'selfie-two-people.jpg',
      lighting: 'fine',
      lumaNoise: 3,
      people: [
        { x: 0.28, y: 0.45, scale: 0.72, roll: 0 },
        { x: 0.72, y: 0.5, scale: 0.68, roll: 0 },
      ],
    },
    headline: ['photo.face', 'warn'],
  },
  {
    id: 'face-cut-off',
    profileId: 'smartlink',
    platform: 'iphone',
    at: '2024-12-10T15:30:00Z',
    place: PLACES.newYork,
    device: iphoneSafari('18.1', '18.1'),
    // The phone held too low: the top of the head is outside the picture.
    // The detector boxes only what is in the picture, so the face is recorded as drawn (photos/README.md).
    photo: { name: 'selfie-cut-off.jpg', lighting: 'fine', lumaNoise: 3, people: [{ x: 0.5, y: 0.12, scale: 1.05, roll: 0 }], drawnFace: true },
    headline: ['photo.face', 'fail'],
  },
  {
    id: 'face-too-small',
    profileId: 'cbp-one',
    platform: 'android',
    at: '2025-01-14T18:00:00Z',
    place: PLACES.tijuana,
    device: androidChrome('131.0.6778.135', '14'),
    // Standing across the room from the phone on a shelf: the face is a small part of the picture.
    photo: { name: 'selfie-far.jpg', lighting: 'fine', lumaNoise: 3, people: [{ x: 0.5, y: 0.42, scale: 0.4, roll: 0 }] },
    headline: ['photo.face-size', 'fail'],
  },
  {
    id: 'head-tilted',
    profileId: 'smartlink',
    platform: 'android',
    at: '2025-02-04T16:20:00Z',
    place: PLACES.houston,
    device: androidChrome('132.0.6834.163', '14'),
    photo: { name: 'selfie-tilted.jpg', lighting: 'fine', lumaNoise: 3, people: [{ x: 0.5, y: 0.47, scale: 1.05, roll: 22 }] },
    headline: ['photo.head-roll', 'fail'],
  },
];

async function build(spec: Spec, reading: TzReading): Promise<Scenario> {
  const deviceNow = Date.parse(spec.at);
  const reference = spec.reference === undefined ? deviceNow - 400 : spec.reference === null ? null : Date.parse(spec.reference);
  const zone = spec.zone ?? spec.place.zone;
  const facts: Facts = {
    time: {
      deviceNow: iso(deviceNow),
      ...(reference === null
        ? { referenceNow: null }
        : { referenceNow: new Date(reference).toISOString(), referenceUncertaintyMs: 320, referenceSource: ORIGIN }),
      zone,
      offsetMinutes: reading.offsetMinutes,
      // A browser does not say its tz release (Node does): leave it out, as a phone would.
      tzdata: withoutVersion(reading.tzdata),
    },
    location: {
      permission: 'granted',
      permissionHint: 'prompt',
      request: 'granted',
      highAccuracy: true,
      // Probe times are the phone's clock, like every time the phone reports.
      readAt: deviceNow,
      secureContext: true,
      position: { lat: spec.place.lat, lon: spec.place.lon, accuracy: spec.accuracy ?? 12, timestamp: deviceNow - 1500 },
    },
    storage: storageFor(spec.platform),
    network: networkFor(spec.device),
    device: await deviceFacts(spec.device),
  };
  const photo = spec.photoFacts ?? (spec.photo ? await photoFacts(spec.photo) : null);
  if (photo) facts.photo = { ...photo, judgedAt: iso(deviceNow) };
  spec.edit?.(facts);
  return {
    id: spec.id,
    profileId: spec.profileId,
    platform: spec.platform,
    facts,
    ...(spec.photo ? { photo: spec.photo.name } : {}),
  };
}

/** JSON with arrays and objects of plain values kept on one line (the pixel histogram has 256 values). */
function format(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
    .replace(/\[\n\s+([^[\]{}]*?)\n\s*\]/g, (_, inner: string) => `[${inner.split(/,\n\s+/).join(', ')}]`)
    .replace(/\{\n\s+([^[\]{}]*?)\n\s*\}/g, (_, inner: string) => `{ ${inner.split(/,\n\s+/).join(', ')} }`);
  return `${text}\n`;
}

async function main(): Promise<void> {
  mkdirSync(PHOTOS, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.endsWith('.json')) rmSync(new URL(file, OUT));
  for (const file of readdirSync(PHOTOS)) if (file.endsWith('.jpg')) rmSync(new URL(file, PHOTOS));

  const releases = [...new Set(SPECS.map((spec) => spec.tzdata ?? 'current'))];
  const readings = new Map<string, TzReading>();
  for (const release of releases) {
    const specs = SPECS.filter((spec) => (spec.tzdata ?? 'current') === release);
    const got = readTzdata(release, specs.map((spec) => ({ zone: spec.zone ?? spec.place.zone, at: spec.at })));
    specs.forEach((spec, i) => readings.set(spec.id, got[i]!));
  }

  const problems: string[] = [];
  for (const spec of SPECS) {
    const scenario = await build(spec, readings.get(spec.id)!);
    const findings = judge(scenario.facts, profiles[scenario.profileId]);
    const [check, status] = spec.headline;
    const got = findings.find((finding) => finding.check === check)?.status ?? 'absent';
    const others = findings.filter((f) => f.check !== check && (f.status === 'fail' || f.status === 'warn')).map((f) => `${f.check}:${f.status}`);
    console.log(`${spec.id.padEnd(34)} ${check}: ${got}${others.length ? `  (also ${others.join(', ')})` : ''}`);
    if (got !== status) problems.push(`${spec.id}: ${check} is ${got}, not ${status}`);
    if (findings.some((f) => f.message.key === 'check.failed')) problems.push(`${spec.id}: a check threw`);
    writeFileSync(new URL(`${spec.id}.json`, OUT), format(scenario));
  }
  for (const [name, facts] of photoCache) console.log(`${name.padEnd(24)} ${facts.metadata.bytes} bytes ${facts.metadata.width}×${facts.metadata.height}`);
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`SCENARIO_IDS: ${JSON.stringify(SPECS.map((spec) => spec.id))}`);
}

await main();
