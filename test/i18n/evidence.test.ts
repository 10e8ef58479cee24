import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, judge, measurePixels, profiles, readPhotoMetadata, type Facts, type Finding } from '../../shared/index';
import { CATALOGUES, createTranslator } from '../../shared/catalogues';
import { EVIDENCE_FIELDS, EVIDENCE_WORDS, describeEvidence, evidenceKeys, type EvidenceField } from '../../shared/i18n/evidence';
import { downscale } from '../../shared/photo/pixels/measure';
import { decodeJpeg, photoBytes } from '../photo/decode';

const CHECKS_DIR = new URL('../../shared/checks/', import.meta.url);

/**
 * Every field name a check can put in its evidence, read from the source:
 * the properties of each object literal assigned to `evidence`, to a
 * variable named like it (evidence, fullEvidence), or spread into one.
 * Reading the source finds the fields of every branch, even those the
 * sample facts below do not reach.
 */
function evidenceFieldsInSource(): Map<string, string> {
  const fields = new Map<string, string>();
  for (const file of readdirSync(CHECKS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, CHECKS_DIR), 'utf8'), ts.ScriptTarget.Latest, true);
    const collect = (literal: ts.ObjectLiteralExpression) => {
      for (const property of literal.properties) {
        if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && ts.isIdentifier(property.name)) {
          fields.set(property.name.text, file);
        }
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /evidence/i.test(node.name.text) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        collect(node.initializer);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'evidence' && ts.isObjectLiteralExpression(node.initializer)) {
        collect(node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return fields;
}

const AT = '2026-07-15T18:00:00Z';
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
const SAMPLES: Facts[] = [
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

const findings: Finding[] = [];

beforeAll(async () => {
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
}, 60_000);

describe('helper details (describeEvidence)', () => {
  it('knows every evidence field a check names in its source, and no field no check gives', () => {
    const inSource = evidenceFieldsInSource();
    expect(inSource.size).toBeGreaterThan(80);
    const unknown = [...inSource].filter(([name]) => !(name in EVIDENCE_FIELDS)).map(([name, file]) => `${file}: ${name}`);
    expect(unknown, 'add these to EVIDENCE_FIELDS in shared/i18n/evidence.ts, with labels').toEqual([]);
    expect(Object.keys(EVIDENCE_FIELDS).filter((name) => !inSource.has(name))).toEqual([]);
  });

  it('has a label for every field and words for every enum value, in English (and so in every catalogue)', () => {
    const english: Record<string, string> = CATALOGUES.en;
    const keys = [...EVIDENCE_WORDS, ...Object.keys(EVIDENCE_FIELDS).flatMap((name) => evidenceKeys(name as EvidenceField))];
    expect(keys.filter((key) => !english[key])).toEqual([]);
  });

  it('judges the sample facts into findings of every check', () => {
    const checks = new Set(findings.map((f) => f.check));
    for (const check of ['time.clock', 'time.zone', 'location.permission', 'location.accuracy', 'location.region', 'network.connection', 'storage.quota', 'storage.site-data', 'storage.cache', 'device.browser', 'device.camera', 'photo.file', 'photo.exposure', 'photo.contrast', 'photo.sharpness', 'photo.backlight', 'photo.orientation', 'photo.metadata']) {
      expect(checks, check).toContain(check);
    }
  });

  it('gives every enum value it meets its words', () => {
    const unworded: string[] = [];
    for (const finding of findings) {
      for (const [name, value] of Object.entries(finding.evidence)) {
        const field = (EVIDENCE_FIELDS as Record<string, { kind: string; values?: readonly string[] }>)[name];
        if (field?.kind !== 'enum' || value === null) continue;
        const code = String(value).split(' ')[0]!;
        if (!field.values?.includes(code)) unworded.push(`${finding.check} ${name}=${String(value)}`);
      }
    }
    expect([...new Set(unworded)]).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`labels every figure in ${language.englishName}, and no value reads "null", "undefined" or "[object Object]"`, () => {
      const t = createTranslator(language.code);
      const bad: string[] = [];
      for (const finding of findings) {
        for (const line of describeEvidence(finding.check, finding.evidence, t)) {
          if (line.label === line.name || line.label.startsWith('evidence.')) bad.push(`${finding.check} label ${line.name}`);
          if (/\bnull\b|undefined|\[object Object\]|NaN|evidence\./.test(line.value) || line.value.trim() === '') bad.push(`${finding.check} ${line.name} = ${line.value}`);
        }
      }
      expect([...new Set(bad)]).toEqual([]);
    });
  }

  it('writes units, words and "not known" in the shown language (issue 13: raw `permission granted`, `circleInsideShare 1`, `originError null`)', () => {
    const es = createTranslator('es');
    const lines = describeEvidence('location.region', { permission: 'granted', circleInsideShare: 1, originError: null, accuracyMeters: 3000, bytes: 893_000, secureContext: true }, es);
    const byName = Object.fromEntries(lines.map((l) => [l.name, l]));
    expect(byName.permission).toMatchObject({ label: CATALOGUES.es['evidence.permission'], value: CATALOGUES.es['evidence.permission.granted'] });
    expect(byName.circleInsideShare!.value).toBe('100%');
    expect(byName.originError!.value).toBe(CATALOGUES.es['evidence.none']);
    expect(describeEvidence('location.accuracy', { accuracyMeters: null }, es)[0]!.value).toBe(CATALOGUES.es['evidence.notKnown']);
    expect(byName.accuracyMeters!.value).toBe('3 km');
    expect(byName.bytes!.value).toBe('893 kB');
    expect(byName.secureContext!.value).toBe(CATALOGUES.es['evidence.yes']);
    const en = createTranslator('en');
    expect(describeEvidence('location.accuracy', { accuracyMeters: 25 }, en)[0]).toMatchObject({ label: 'Accuracy', value: '25 m' });
    expect(describeEvidence('time.zone', { deviceOffsetMinutes: -360 }, en)[0]).toMatchObject({ value: 'UTC−6', ltr: true });
    expect(describeEvidence('time.zone', { deviceZone: 'America/Mexico_City' }, es)[0]!.value).toBe('Ciudad de México (America/Mexico_City)');
    expect(describeEvidence('photo.file', { byteLimits: [50_000, 1_500_000] }, en)[0]!.value).toBe('50 kB – 1.5 MB');
    expect(describeEvidence('storage.quota', { quotaMB: 38_147 }, en)[0]!.value).toBe('37.3 GB');
  });
});
