import type { EvidenceValue } from '../checks/finding';
import { dateFormat, formatOffset, numberFormat } from './format';
import type { Translator } from './translator';

/**
 * The figures behind a verdict ("Details for helpers"), in the shown language:
 * every field labelled (evidence.<name>), numbers with their units through
 * Intl.NumberFormat, yes/no and enum values as words
 * (evidence.<name>.<value>), a value nobody knows as "not known" and no
 * error as "none". Pure: the
 * translator carries the language, nothing reads the clock or the page.
 *
 * Field names are shared by all checks (accuracyMeters means the same in
 * location.accuracy and time.zone); a field unknown here is shown under its
 * raw name rather than hidden, and test/i18n/evidence.test.ts fails on it.
 */

export interface EvidenceLine {
  /** The field name in the finding, for styling and tests. */
  name: string;
  label: string;
  value: string;
  /**
   * Codes, numbers with units, zone ids, user agents: lay them out left to
   * right inside right-to-left text (<bdi dir="ltr">).
   */
  ltr: boolean;
}

type Kind =
  | 'text'
  | 'error'
  | 'code'
  | 'list'
  | 'codes'
  | 'yesNo'
  | 'works'
  | 'enum'
  | 'number'
  | 'count'
  | 'share'
  | 'shareRange'
  | 'meters'
  | 'seconds'
  | 'milliseconds'
  | 'minutes'
  | 'megabytes'
  | 'bytes'
  | 'byteRange'
  | 'pixels'
  | 'pixelRange'
  | 'pixelSize'
  | 'megapixels'
  | 'numberRange'
  | 'bits'
  | 'mbps'
  | 'degrees'
  | 'latLon'
  | 'offset'
  | 'zone'
  | 'zones'
  | 'instant'
  | 'day'
  | 'exifTime'
  | 'photoFormat'
  | 'photoFormats';

interface Field {
  kind: Kind;
  /** For enums: the values that have words (evidence.<name>.<value>); others are shown as they are. */
  values?: readonly string[];
  /** For enums: another field whose words these values share (permissionHint uses permission's). */
  wordsOf?: string;
  /**
   * Whole values, written in English by the check, that have words of their
   * own (evidence.<name>.<word>): an enum value with its explanation
   * ("central-ellipse-proxy (no face found)"), or a sentence in place of a
   * figure ("no landmarks"). Matched exactly, before the enum's first word.
   */
  texts?: Readonly<Record<string, string>>;
}

const f = (kind: Kind, values?: readonly string[], wordsOf?: string): Field => ({ kind, ...(values ? { values } : {}), ...(wordsOf ? { wordsOf } : {}) });
/** A field some of whose values are English text with words of their own (Field.texts). */
const withTexts = (kind: Kind, texts: Readonly<Record<string, string>>, values?: readonly string[]): Field => ({ ...f(kind, values), texts });

const PERMISSIONS = ['granted', 'denied', 'prompt', 'unsupported'] as const;

/** Every evidence field a check gives, by name. Keep in step with shared/checks/*.ts (the test reads them). */
export const EVIDENCE_FIELDS = {
  // judge (a check that threw) and device.camera
  error: f('error'),
  // time.clock
  deviceNow: f('instant'),
  referenceNow: f('instant'),
  differenceSeconds: f('seconds'),
  uncertaintySeconds: f('seconds'),
  referenceSource: f('code'),
  probableZoneMixup: f('yesNo'),
  // time.zone
  deviceZone: f('zone'),
  deviceOffsetMinutes: f('offset'),
  expectedZone: f('zone'),
  expectedOffsetMinutes: f('offset'),
  matchingZone: f('zone'),
  zonesNearby: f('zones'),
  radiusMeters: f('meters'),
  lat: f('degrees'),
  lon: f('degrees'),
  substitute: f('yesNo'),
  differenceMinutes: f('minutes'),
  differenceFrom: f('instant'),
  oldData: f('yesNo'),
  zoneContradictsPosition: f('yesNo'),
  permission: f('enum', PERMISSIONS),
  // time.tzdata
  zone: f('zone'),
  dataAge: f('enum', ['before-2022f', '2022f', '2022g-or-newer', 'unknown']),
  reportedVersion: f('code'),
  canariesFailed: f('list'),
  wrongFrom: f('instant'),
  wrongUntil: f('instant'),
  // location.permission
  permissionHint: f('enum', PERMISSIONS, 'permission'),
  request: f('enum', ['granted', 'denied', 'unavailable', 'timeout', 'unsupported', 'not-asked']),
  secureContext: f('yesNo'),
  // location.accuracy
  accuracyMeters: f('meters'),
  passUpToMeters: f('meters'),
  warnUpToMeters: f('meters'),
  ageSeconds: f('seconds'),
  highAccuracy: f('yesNo'),
  // location.region
  state: f('code'),
  circle: f('enum', ['inside', 'edge', 'outside']),
  circleInsideShare: f('share'),
  northOfLatitude: f('degrees'),
  alsoStates: f('list'),
  day: f('day'),
  // network.connection
  online: f('yesNo'),
  effectiveType: f('code'),
  saveData: f('yesNo'),
  downlinkMbps: f('mbps'),
  rttMs: f('milliseconds'),
  originReachable: f('yesNo'),
  originRoundTripMs: f('milliseconds'),
  originError: f('error'),
  // storage.quota
  usageMB: f('megabytes'),
  quotaMB: f('megabytes'),
  availableMB: f('megabytes'),
  warnBelowAvailableMB: f('megabytes'),
  failBelowAvailableMB: f('megabytes'),
  persisted: f('yesNo'),
  estimateError: f('error'),
  // storage.site-data
  cookies: f('works'),
  localStorage: f('works'),
  indexedDB: f('works'),
  errors: f('list'),
  // storage.cache
  caches: f('count'),
  entries: f('count'),
  cacheMB: f('megabytes'),
  serviceWorker: f('enum', ['controlled', 'registered', 'none', 'unsupported']),
  cachesError: f('error'),
  // device.browser
  source: f('enum', ['client-hints', 'user-agent']),
  browser: f('text'),
  engine: f('text'),
  system: f('text'),
  mobile: f('yesNo'),
  languages: f('list'),
  userAgent: f('code'),
  engineMinimum: f('code'),
  systemMinimum: f('code'),
  // device.camera
  cameras: f('count'),
  // photo.file
  format: f('photoFormat'),
  bytes: f('bytes'),
  width: f('pixels'),
  height: f('pixels'),
  megapixels: f('megapixels'),
  acceptedFormats: f('photoFormats'),
  byteLimits: f('byteRange'),
  sideLimits: f('pixelRange'),
  maxMegapixels: f('megapixels'),
  readError: f('error'),
  decodeError: f('error'),
  // photo.exposure, photo.contrast, photo.sharpness, photo.backlight (luminance levels 0–255)
  meanLuminance: f('number'),
  underExposedShare: f('share'),
  overExposedShare: f('share'),
  meanRgb: f('number'),
  meanRgbBand: f('numberRange'),
  analysisSize: f('pixelSize'),
  luminanceVariance: f('number'),
  entropyBits: f('bits'),
  laplacianVariance: f('number'),
  // photo.exposure and photo.backlight: which part of the photo was measured as the face
  faceRegion: withTexts(
    'enum',
    {
      'central-ellipse-proxy (no face found)': 'central-ellipse-proxy.noFaceFound',
      'central-ellipse-proxy (no face detection)': 'central-ellipse-proxy',
      'detected face (ellipse in the face box)': 'detected',
      'detected face (ellipse in the face box) against the rest of the photo': 'detected.againstRest',
      'no face found: whole photo only': 'no.faceFound',
      'no face detection: whole photo only': 'no',
    },
    ['central-ellipse-proxy', 'detected', 'no'],
  ),
  centreMeanLuminance: f('number'),
  surroundMeanLuminance: f('number'),
  ratio: f('number'),
  // photo.exposure, when the face is dark because of the light behind it
  backlight: f('enum', ['pass', 'warn', 'fail']),
  faceToSurround: f('number'),
  // photo.exposure and photo.backlight over a detected face (light levels 0–255)
  faceMeanLuminance: f('number'),
  faceMeanGrey: f('number'),
  faceCrushedShare: f('share'),
  faceOverExposedShare: f('share'),
  faceUnderExposedShareOfiq: f('share'),
  illuminationUniformity: f('number'),
  sideLightRatio: f('number'),
  // photo.contrast over a detected face
  faceLuminanceVariance: f('number'),
  faceRelativeLuminanceVariance: f('number'),
  faceEntropyBits: f('bits'),
  surroundOverExposedShare: f('share'),
  besideHeadOverExposedShare: f('share'),
  gate: withTexts('text', { 'nothing blown out behind: no backlight': 'noneBehind' }),
  // photo.face (boxes and points in the analysed copy's pixels)
  faces: f('count'),
  boxes: f('codes'),
  // photo.face-size
  share: f('share'),
  shareBand: f('shareRange'),
  shareSource: withTexts('text', { 'Yoti selfie specification (face box 35–80 %)': 'yoti' }),
  facePixels: f('pixels'),
  minFacePixels: f('pixels'),
  eyeDistancePixels: withTexts('pixels', { 'no landmarks': 'noLandmarks' }),
  minEyeDistance: f('pixels'),
  eyeDistanceSource: withTexts('text', { 'ISO/IEC 19794-5 / ICAO passport photos (≥ 90 px), a warning only': 'icao' }),
  scaleToOriginal: f('number'),
  // photo.head-roll
  landmarks: f('enum', ['none', 'no']),
  rollDegrees: f('degrees'),
  warnAboveDegrees: f('degrees'),
  failAboveDegrees: f('degrees'),
  leftEye: f('code'),
  rightEye: f('code'),
  // photo.orientation
  orientation: f('enum', ['1', '2', '3', '4', '5', '6', '7', '8']),
  tagged: f('yesNo'),
  // photo.metadata
  hasGps: f('yesNo'),
  gps: f('latLon'),
  capturedAt: f('exifTime'),
  offsetTime: f('code'),
  judgedAt: f('instant'),
  make: f('text'),
  model: f('text'),
  software: f('text'),
} as const satisfies Record<string, Field>;

export type EvidenceField = keyof typeof EVIDENCE_FIELDS;

/** The message keys a field's label and words use: evidence.<name>, and evidence.<name>.<value> for each enum value. */
export function evidenceKeys(name: EvidenceField): string[] {
  const field: Field = EVIDENCE_FIELDS[name];
  const words = field.wordsOf ? [] : (field.values ?? []).map((value) => `evidence.${name}.${value}`);
  const texts = Object.values(field.texts ?? {}).map((word) => `evidence.${name}.${word}`);
  return [...new Set([`evidence.${name}`, ...words, ...texts])];
}

/** Words every field may use: yes, no, works, blocked, not known. */
export const EVIDENCE_WORDS = ['evidence.yes', 'evidence.no', 'evidence.works', 'evidence.blocked', 'evidence.notKnown', 'evidence.none'] as const;

/**
 * The evidence of one finding as labelled lines. `checkId` is the finding's
 * check: a label `evidence.<checkId>:<name>` in the catalogue, where present,
 * wins over the shared `evidence.<name>` (for a field that means something
 * else in one check). Labels that name the device ("Phone clock") select on
 * `device`, which a translator made by translatorOn (message.ts) carries.
 */
export function describeEvidence(checkId: string, evidence: Readonly<Record<string, EvidenceValue>>, translator: Translator): EvidenceLine[] {
  return Object.entries(evidence).map(([name, value]) => {
    const field: Field | undefined = (EVIDENCE_FIELDS as Record<string, Field>)[name];
    const own = `evidence.${checkId}:${name}`;
    const shared = `evidence.${name}`;
    const label = translator.has(own) ? translator.t(own) : translator.has(shared) ? translator.t(shared) : name;
    return { name, label, ...describeValue(name, field ?? { kind: 'text' }, value, translator) };
  });
}

const LTR_KINDS: ReadonlySet<Kind> = new Set<Kind>(['code', 'codes', 'error', 'offset', 'zones', 'degrees', 'latLon', 'pixelSize', 'photoFormat', 'photoFormats', 'exifTime']);

function describeValue(name: string, field: Field, value: EvidenceValue, tr: Translator): { value: string; ltr: boolean } {
  // No error is "none"; any other missing value is "not known".
  if ((field.kind === 'error' || field.kind === 'codes') && (value === null || value === '')) return { value: tr.t('evidence.none'), ltr: false };
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)) || value === '') {
    return { value: tr.t('evidence.notKnown'), ltr: false };
  }
  const text = renderValue(name, field, value, tr);
  return { value: text, ltr: LTR_KINDS.has(field.kind) || (field.kind === 'text' && typeof value === 'string' && !/\p{L}{3}/u.test(value)) };
}

function renderValue(name: string, field: Field, value: Exclude<EvidenceValue, null>, tr: Translator): string {
  const locale = tr.language.formatLocale;
  const num = (n: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }) => numberFormat(locale, options).format(n);
  const unit = (n: number, name: string, digits = 1) => num(n, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
  const bytes = (n: number) => (n >= 1_000_000 ? unit(n / 1_000_000, 'megabyte', 2) : unit(n / 1000, 'kilobyte', 0));
  const list = (items: readonly string[]) => (items.length === 0 ? tr.t('evidence.none') : items.join(', '));
  if (typeof value === 'boolean') {
    if (field.kind === 'works') return tr.t(value ? 'evidence.works' : 'evidence.blocked');
    return tr.t(value ? 'evidence.yes' : 'evidence.no');
  }
  if (typeof value === 'object') {
    const items: readonly (string | number)[] = value;
    switch (field.kind) {
      case 'zones':
        return list(items.map((zone) => zoneLabel(String(zone), tr)));
      case 'photoFormats':
        return list(items.map((format) => String(format).toUpperCase()));
      case 'latLon':
        return items.map((n) => num(Number(n), { maximumFractionDigits: 5 })).join(', ');
      case 'byteRange':
      case 'pixelRange':
      case 'shareRange':
      case 'numberRange': {
        const [low, high] = items.map(Number) as [number, number];
        const one = (n: number) =>
          field.kind === 'byteRange' ? bytes(n) : field.kind === 'pixelRange' ? `${num(n)} px` : field.kind === 'shareRange' ? num(n, { style: 'percent', maximumFractionDigits: 1 }) : num(n);
        return `${one(low)} – ${one(high)}`;
      }
      default:
        return list(items.map(String));
    }
  }
  if (typeof value === 'number') {
    switch (field.kind) {
      case 'share':
        return num(value, { style: 'percent', maximumFractionDigits: 1 });
      case 'meters':
        return value >= 1000 ? unit(value / 1000, 'kilometer') : unit(value, 'meter', 0);
      case 'seconds':
        return unit(value, 'second');
      case 'milliseconds':
        return unit(value, 'millisecond', 0);
      case 'minutes':
        return unit(value, 'minute', 0);
      case 'megabytes':
        return value >= 10_240 ? unit(value / 1024, 'gigabyte') : unit(value, 'megabyte');
      case 'bytes':
        return bytes(value);
      case 'pixels':
        return `${num(value, { maximumFractionDigits: 0 })} px`;
      case 'megapixels':
        return `${num(value, { maximumFractionDigits: 2 })} MP`;
      case 'bits':
        return unit(value, 'bit', 2);
      case 'mbps':
        return unit(value, 'megabit-per-second');
      case 'degrees':
        return `${num(value, { maximumFractionDigits: 5 })}°`;
      case 'offset':
        return formatOffset(value);
      case 'count':
        return num(value, { maximumFractionDigits: 0 });
      case 'enum':
        return enumWord(name, field, String(value), tr);
      default:
        return num(value, { maximumFractionDigits: 4 });
    }
  }
  const text = field.texts && Object.hasOwn(field.texts, value) ? field.texts[value] : undefined;
  const textKey = `evidence.${name}.${text}`;
  if (text !== undefined && tr.has(textKey)) return tr.t(textKey);
  switch (field.kind) {
    case 'enum':
      return enumWord(name, field, value, tr);
    case 'zone':
      return zoneLabel(value, tr);
    case 'instant': {
      const at = Date.parse(value);
      return Number.isFinite(at) ? `${dateFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(at)} UTC` : value;
    }
    case 'day': {
      const at = Date.parse(`${value}T12:00:00Z`);
      return Number.isFinite(at) ? dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at) : value;
    }
    case 'exifTime': {
      // EXIF writes "2021:02:13 11:03:31", the wall clock of the camera: shown as it is, in ISO order.
      return value.replace(/^(\d{4}):(\d{2}):(\d{2})/, '$1-$2-$3');
    }
    case 'photoFormat':
      return value === 'unknown' ? tr.t('evidence.notKnown') : value.toUpperCase();
    case 'pixelSize':
      return `${value.replace('×', ' × ')} px`;
    default:
      return value;
  }
}

/** A zone as people know it, with its id for helpers: "Ciudad de México (America/Mexico_City)". */
function zoneLabel(zone: string, tr: Translator): string {
  const key = `zone.${zone}`;
  return tr.has(key) ? `${tr.t(key)} (${zone})` : zone;
}

function enumWord(name: string, field: Field, value: string, tr: Translator): string {
  // An explanation after the value without words of its own (Field.texts): the words of its first word.
  const code = value.split(' ')[0] ?? value;
  const key = `evidence.${field.wordsOf ?? name}.${code}`;
  return field.values?.includes(code) && tr.has(key) ? tr.t(key) : value;
}
