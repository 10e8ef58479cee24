import { judge, measurePixels, profiles, readPhotoMetadata, type Facts, type Finding, type TzdataFacts, type ZoneOffsetSeries } from '../../shared/index';
import { downscale } from '../../shared/photo/pixels/measure';
import { decodeJpeg, photoBytes } from '../photo/decode';

const AT = '2026-07-15T18:00:00Z';
const FROM = Date.parse('2023-01-01T00:00:00Z');
const TO = Date.parse('2027-12-31T00:00:00Z');
/** Mexico City as tz data before 2022f has it (daylight saving time in summer), as in test/checks/time-tzdata.test.ts. */
const oldMexicoCity: ZoneOffsetSeries = {
  zone: 'America/Mexico_City',
  known: true,
  changes: [
    { at: FROM, offsetMinutes: -360 },
    { at: Date.parse('2026-04-05T08:00:00Z'), offsetMinutes: -300 },
    { at: Date.parse('2026-10-25T07:00:00Z'), offsetMinutes: -360 },
    { at: Date.parse('2027-04-04T08:00:00Z'), offsetMinutes: -300 },
    { at: Date.parse('2027-10-31T07:00:00Z'), offsetMinutes: -360 },
  ],
};
const tzdata = (deviceZone: string, series: ZoneOffsetSeries[]): TzdataFacts => ({ readAt: Date.parse('2026-06-01T00:00:00Z'), from: FROM, to: TO, deviceZone, series });
const device = {
  source: 'client-hints' as const,
  browser: { name: 'Chrome', version: '131.0' },
  engine: { name: 'chromium' as const, version: '131.0' },
  system: { name: 'Android', version: '14.0' },
  mobile: true,
  cameras: 2,
  languages: ['es-MX', 'en-US'],
  userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

/** Facts in the spirit of test/checks/*: each check's pass, warn, fail and unknown paths. */
export const SAMPLES: Facts[] = [
  // time.tzdata: old rules now, old rules later, right rules, a zone the data does not know, a zone outside Mexico
  { time: { deviceNow: AT, referenceNow: AT, zone: 'America/Mexico_City', tzdata: tzdata('America/Mexico_City', [oldMexicoCity]) } },
  { time: { deviceNow: '2026-12-01T18:00:00Z', referenceNow: '2026-12-01T18:00:00Z', zone: 'America/Mexico_City', tzdata: tzdata('America/Mexico_City', [oldMexicoCity]) } },
  { time: { deviceNow: AT, referenceNow: AT, zone: 'America/Mexico_City', tzdata: tzdata('America/Mexico_City', [{ zone: 'America/Mexico_City', known: true, changes: [{ at: FROM, offsetMinutes: -360 }] }]) } },
  { time: { deviceNow: AT, referenceNow: AT, zone: 'America/Ciudad_Juarez', tzdata: tzdata('America/Ciudad_Juarez', [{ zone: 'America/Ciudad_Juarez', known: false, changes: [] }]) } },
  { time: { deviceNow: AT, referenceNow: AT, zone: 'Europe/Madrid', tzdata: tzdata('Europe/Madrid', []) } },
  // time.clock: right, minutes off, whole hours off, no reference; time.zone with and without a position
  { time: { deviceNow: AT, referenceNow: AT, referenceSource: 'https://listo.example.org', referenceUncertaintyMs: 120, zone: 'America/Tijuana' } },
  { time: { deviceNow: '2026-07-15T18:07:30Z', referenceNow: AT, zone: 'America/Mexico_City' }, location: { permission: 'denied', request: 'denied', permissionHint: 'prompt', secureContext: true } },
  { time: { deviceNow: '2026-07-15T19:00:00Z', referenceNow: AT, zone: 'America/Mexico_City' }, location: { permission: 'granted', position: { lat: 32.5149, lon: -117.0382, accuracy: 25, timestamp: Date.parse(AT) }, readAt: Date.parse(AT) } },
  { time: { deviceNow: AT, referenceNow: null, zone: 'America/Chicago' }, location: { permission: 'granted', position: { lat: 19.4326, lon: -99.1332, accuracy: 3000 }, highAccuracy: false } },
  { time: { deviceNow: '2026-12-15T18:00:00Z', referenceNow: '2026-12-15T18:00:00Z', zone: 'America/Mexico_City' }, location: { permission: 'granted', position: { lat: 25.869, lon: -97.5027, accuracy: 20 } } },
  { time: { deviceNow: AT, referenceNow: AT, zone: 'America/Guatemala' }, location: { permission: 'granted', position: { lat: 14.6349, lon: -90.5069, accuracy: 50_000, timestamp: Date.parse(AT) - 3_600_000 }, readAt: Date.parse(AT) } },
  { time: { deviceNow: AT, referenceNow: AT, zone: 'America/Bahia_Banderas' }, location: { permission: 'granted', position: { lat: 19.05, lon: -104.3, accuracy: 4000 } } },
  { time: { deviceNow: 'not a time', zone: 'Etc/Unknown' }, location: { permission: 'prompt', request: 'not-asked' } },
  { location: { permission: 'unsupported', request: 'unsupported', secureContext: false } },
  { location: { permission: 'granted', request: 'timeout' } },
  // network
  { network: { online: true, effectiveType: '4g', saveData: false, downlinkMbps: 9.5, rttMs: 80, originReachable: true, originRoundTripMs: 80 } },
  { network: { online: false, originReachable: null } },
  { network: { online: true, originReachable: false, originError: 'TypeError' } },
  { network: { online: true, effectiveType: '2g', saveData: true, originReachable: true } },
  { network: { online: null, originReachable: null } },
  // storage
  {
    storage: {
      usageBytes: 12_000_000, quotaBytes: 40_000_000_000, persisted: false, caches: { count: 2, entries: 40, bytes: 3_000_000 },
      serviceWorker: 'controlled', cookies: true, localStorage: true, indexedDB: true,
    },
  },
  {
    storage: {
      usageBytes: 1_000_000_000, quotaBytes: 1_050_000_000, persisted: true, caches: { count: 1, entries: 900, bytes: null },
      serviceWorker: 'registered', cookies: false, localStorage: false, indexedDB: null, storeErrors: { localStorage: 'SecurityError' },
    },
  },
  {
    storage: {
      usageBytes: null, quotaBytes: null, estimateError: 'missing', persisted: null, caches: null, cachesError: 'SecurityError',
      serviceWorker: 'unsupported', cookies: null, localStorage: null, indexedDB: null,
    },
  },
  { storage: { usageBytes: 5, quotaBytes: 900_000_000, persisted: null, caches: { count: 3, entries: 5000, bytes: 900_000_000 }, serviceWorker: 'none', cookies: true, localStorage: true, indexedDB: false } },
  // device
  { device },
  { device: { ...device, source: 'user-agent', browser: { name: 'Chrome', version: '79.0' }, engine: { name: 'chromium', version: '79.0' }, system: { name: 'Android', version: '10' }, cameras: 0 } },
  { device: { ...device, browser: null, engine: null, system: null, mobile: null, cameras: null, camerasError: 'NotAllowedError' } },
  { device: { ...device, system: { name: 'iOS', version: '12.1' }, engine: { name: 'webkit', version: '605.1' }, browser: { name: 'Safari', version: '12.1' } } },
];

const PHOTOS = ['iphone4s-gps-orientation6.jpg', 'nikon-d5300-gps.webp', 'transparent.png', 'animated.gif', 'iphone-xr-gps-orientation6.heic', 'hopper_orientation_3.jpg', 'xiaomi-mi3-overexposed-blurry.jpg'];

/** Findings of every check, judged once per test file from the facts above and real photos. */
export async function sampleFindings(): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const facts of SAMPLES) findings.push(...judge(facts, profiles['cbp-one']), ...judge(facts, profiles['selfie-generic']));
  const pixels = measurePixels(downscale(decodeJpeg('whatsapp-no-exif.jpg'), 1024));
  const dark = measurePixels(downscale(decodeJpeg('nikon-d7000-dark.jpg'), 1024));
  for (const name of PHOTOS) {
    const metadata = await readPhotoMetadata(photoBytes(name));
    findings.push(...judge({ photo: { metadata, pixels, judgedAt: '2026-07-15T18:00:00Z' } }, profiles['cbp-one']));
    findings.push(...judge({ photo: { metadata, pixels: dark, decodeError: null } }, profiles['cbp-one']));
  }
  findings.push(...judge({ photo: { metadata: await readPhotoMetadata(new Uint8Array(0)), pixels: null, decodeError: 'EncodingError' } }, profiles['cbp-one']));
  // A check that threw: judge reports it with an error field.
  const throwing = { id: 'time.clock', needs: [], appliesTo: () => true, judge: () => { throw new Error('boom'); } };
  findings.push(...judge({}, profiles['cbp-one'], [throwing as never]));
  return findings;
}

