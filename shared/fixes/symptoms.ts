import type { LanguageCode } from '../i18n/languages';
import { FIX_IDS, fixTitleKey, type FixId } from './fix-library';
import type { MessageKey } from '../i18n/catalogue';

/**
 * Symptoms (issue 8): what a person says, or what their app shows, mapped to
 * the checks that find the cause and the fixes that mend it, so a volunteer
 * can type "fraude detectado" and land on the right fixes. Phrases are
 * searched in every language at once: apps such as CBP One showed their
 * errors in English whatever the person's language (Rest of World, 2023).
 *
 * A source is named only where a published report documents the symptom;
 * the others are phrases helpers hear, and say so (sources: []).
 */

export interface SymptomSource {
  /** Who published it. */
  source: string;
  /** When, as the report dates itself; absent where Listo's fact sheet gives none. */
  date?: string;
  /** What the report says about this symptom, in a few words. */
  says: string;
}

export interface Symptom {
  id: string;
  /** The words, per language, as people say them or apps show them. */
  phrases: { en: readonly string[]; es: readonly string[] } & Partial<Record<LanguageCode, readonly string[]>>;
  /** Check ids that find the cause. */
  checks: readonly string[];
  /** Fix ids, most useful first. */
  fixes: readonly FixId[];
  /** Message keys to read beside the fixes (an explanation, not a fix). */
  notes?: readonly MessageKey[];
  sources: readonly SymptomSource[];
}

const AIC = 'American Immigration Council';
const AIC_DATE = '2023-02-28';
const OIG = 'DHS Office of Inspector General, OIG-24-48';
const ROW = 'Rest of World';
const ROW_DATE = '2023';

export const SYMPTOMS: readonly Symptom[] = [
  {
    id: 'selfie-says-error',
    phrases: {
      en: ['error', 'it only says error', 'error on the selfie', 'error when taking the photo'],
      es: ['error', 'solo dice error', 'error en la selfie', 'error al tomar la foto'],
    },
    checks: ['photo.exposure', 'photo.backlight', 'photo.sharpness', 'photo.contrast', 'photo.file'],
    fixes: ['photo.retake-light', 'photo.retake-backlight', 'photo.retake-steady', 'photo.make-app-ready'],
    sources: [
      { source: AIC, date: AIC_DATE, says: 'the selfie step answered only "Error"; people moved out of tree shadow or toward a window and retook it' },
      { source: ROW, date: ROW_DATE, says: 'error messages stayed in English' },
    ],
  },
  {
    id: 'selfie-rejected',
    phrases: {
      en: ['selfie', 'selfie rejected', 'photo rejected', 'face not recognized', 'face not recognised', 'liveness', 'photo will not upload', 'photo does not upload'],
      es: ['selfie', 'selfi', 'foto rechazada', 'no reconoce mi cara', 'no reconoce la cara', 'prueba de vida', 'la foto no sube'],
    },
    checks: ['photo.exposure', 'photo.backlight', 'photo.sharpness', 'photo.contrast', 'photo.file', 'photo.orientation'],
    fixes: ['photo.retake-light', 'photo.retake-backlight', 'photo.retake-steady', 'photo.retake-still', 'photo.make-app-ready'],
    sources: [
      { source: AIC, date: AIC_DATE, says: 'selfies rejected; people with darker skin rejected more often' },
      { source: OIG, says: 'the liveness function and its infrastructure were not planned for this use' },
    ],
  },
  {
    id: 'photo-file-refused',
    phrases: {
      en: ['file too large', 'file too big', 'invalid format', 'unsupported file', 'heic'],
      es: ['archivo demasiado grande', 'formato no válido', 'formato no compatible', 'heic'],
    },
    checks: ['photo.file'],
    fixes: ['photo.make-app-ready', 'photo.use-jpeg', 'photo.retake-still'],
    sources: [],
  },
  {
    id: 'system-error',
    phrases: {
      en: ['system error', 'error at login', 'cannot log in', 'login failed'],
      es: ['error del sistema', 'error al iniciar sesión', 'no puedo entrar', 'no puedo iniciar sesión'],
    },
    checks: ['network.connection', 'storage.site-data', 'storage.cache', 'time.clock'],
    fixes: ['network.connect', 'network.captive-portal', 'storage.clear-app-cache', 'storage.leave-private', 'storage.allow-site-data', 'time.set-clock-automatic'],
    sources: [
      { source: AIC, date: AIC_DATE, says: '"system error" at login, among the reported failures' },
      { source: ROW, date: ROW_DATE, says: 'error messages stayed in English' },
    ],
  },
  {
    id: 'app-freezes',
    phrases: {
      en: ['freezes', 'app freezes', 'app closes', 'restarts', 'crashes', 'stuck loading'],
      es: ['se congela', 'se traba', 'se cierra', 'se reinicia', 'se queda cargando'],
    },
    checks: ['storage.quota', 'storage.cache', 'device.browser', 'network.connection'],
    fixes: ['storage.free-space', 'storage.clear-app-cache', 'device.update-system', 'network.connect'],
    sources: [{ source: AIC, date: AIC_DATE, says: 'freezes and restarts, among the reported failures' }],
  },
  {
    id: 'fraud-detected',
    phrases: {
      en: ['fraud detected', 'suspicious activity', 'fake location', 'location spoofing', 'vpn detected', 'vpn'],
      es: ['fraude detectado', 'actividad sospechosa', 'ubicación falsa', 'vpn detectada', 'vpn'],
    },
    // An app that sees a position, time zone and network that disagree may call it fraud: a VPN, a wrong zone, a coarse position.
    checks: ['location.permission', 'location.accuracy', 'location.region', 'time.zone', 'network.connection'],
    fixes: ['location.precise-on', 'location.turn-on', 'location.go-outside', 'location.allow-site', 'time.set-zone-automatic'],
    notes: ['network.connection.vpn'],
    sources: [],
  },
  {
    id: 'location-not-confirmed',
    phrases: {
      en: ['location could not be confirmed', 'unable to confirm your location', 'location not found', 'location error', 'turn on location'],
      es: ['no se pudo confirmar la ubicación', 'no se puede confirmar su ubicación', 'ubicación no encontrada', 'error de ubicación', 'active la ubicación'],
    },
    checks: ['location.permission', 'location.accuracy', 'location.region'],
    fixes: ['location.allow-site', 'location.turn-on', 'location.precise-on', 'location.go-outside', 'location.open-in-browser'],
    notes: ['network.connection.vpn'],
    sources: [],
  },
  {
    id: 'must-be-near-crossing',
    phrases: {
      en: ['near a crossing', 'near a port of entry', 'outside the area', 'not in the allowed area'],
      es: ['cerca de un cruce', 'cerca de un puerto de entrada', 'fuera del área', 'fuera de la zona'],
    },
    checks: ['location.region', 'location.accuracy'],
    fixes: ['location.precise-on', 'location.go-outside', 'location.outside-area'],
    sources: [{ source: AIC, date: AIC_DATE, says: 'users told to be "near a crossing" while in Tijuana or Juárez, among the reported failures' }],
  },
  {
    id: 'wrong-time',
    phrases: {
      en: ['wrong time', 'time is wrong', 'clock is wrong', 'wrong date', 'wrong time zone', 'the hour changed', 'appointment at the wrong hour'],
      es: ['hora incorrecta', 'hora equivocada', 'la hora está mal', 'fecha incorrecta', 'zona horaria', 'se cambió la hora', 'cita a otra hora'],
    },
    checks: ['time.clock', 'time.zone', 'time.tzdata'],
    fixes: ['time.set-clock-automatic', 'time.set-zone-automatic', 'time.set-zone-manually', 'time.update-system', 'time.stale-workaround', 'time.check-by-hand'],
    sources: [],
  },
  {
    id: 'camera-not-working',
    phrases: {
      en: ['camera does not open', 'camera not working', 'black screen', 'no camera'],
      es: ['la cámara no abre', 'la cámara no funciona', 'pantalla negra', 'no hay cámara'],
    },
    checks: ['device.camera'],
    fixes: ['device.camera-access', 'device.update-browser'],
    sources: [],
  },
  {
    id: 'storage-full',
    phrases: {
      en: ['storage full', 'not enough space', 'phone is full', 'memory full'],
      es: ['almacenamiento lleno', 'no hay espacio', 'memoria llena', 'el teléfono está lleno'],
    },
    checks: ['storage.quota', 'storage.cache'],
    fixes: ['storage.check-phone-space', 'storage.free-space', 'storage.clear-app-cache'],
    sources: [],
  },
  {
    id: 'no-connection',
    phrases: {
      en: ['no internet', 'no connection', 'network error', 'connection failed', 'wifi login'],
      es: ['sin internet', 'sin conexión', 'error de red', 'falló la conexión', 'no hay señal'],
    },
    checks: ['network.connection'],
    fixes: ['network.connect', 'network.captive-portal'],
    notes: ['network.connection.vpn'],
    sources: [],
  },
];

/** Words that carry no meaning in a search ("the", "de"). "no" and "not" stay: "no se pudo" is the symptom. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'is', 'it', 'its', 'my', 'i', 'to', 'of', 'on', 'in', 'at', 'and', 'or', 'me', 'was', 'says', 'say', 'app', 'your',
  'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'en', 'y', 'o', 'mi', 'que', 'se', 'su', 'al', 'dice', 'es', 'por', 'me', 'le',
]);

/** Lower case, accents and marks folded (ubicación → ubicacion, ñ → n), punctuation as spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function words(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** The same word, or one a form of the other ("confirm", "confirmed"; "selfi", "selfie") when the shorter has 4 letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * How well a query matches a phrase: every word of the phrase in the query
 * scores 2 + its length in words (a longer phrase is a surer match); some of
 * them score the share found. 0: no word in common.
 */
function phraseScore(query: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return 0;
  const found = phrase.filter((word) => query.some((q) => sameWord(q, word))).length;
  if (found === phrase.length) return 2 + phrase.length;
  return found / phrase.length;
}

export interface SymptomMatch {
  symptom: Symptom;
  /** The phrase that matched best, as written in the data. */
  phrase: string;
  score: number;
}

export interface FixMatch {
  fixId: FixId;
  score: number;
  /** Why: the symptoms, title or check ids that matched. */
  because: Array<{ symptom: string } | { title: string } | { check: string }>;
}

export interface FixSearchResult {
  /** Best first. */
  fixes: FixMatch[];
  symptoms: SymptomMatch[];
  /** Check ids that find the cause, from the symptoms and any check id typed. */
  checks: string[];
  /** Message keys to show beside the fixes (such as the VPN explanation). */
  notes: MessageKey[];
}

export interface SearchOptions {
  /** The volunteer's language: fix titles are searched in it (and in English). */
  language: LanguageCode;
  /** Messages to search the fix titles in, the shown language's first (the console passes the loaded ones; English is worth adding). */
  catalogues: ReadonlyArray<Readonly<Record<string, string>>>;
  symptoms?: readonly Symptom[];
  /** Check ids a typed word may name ("time.clock", or just "clock"); by default those the symptoms name. */
  checkIds?: readonly string[];
}

/** A partial match must find at least half a phrase to count. */
const PARTIAL = 0.5;

/**
 * Finds fixes for what a person says: the query's words against symptom
 * phrases (every language), fix titles (the volunteer's language and
 * English) and check ids. Pure: the catalogue is a parameter.
 */
export function searchFixes(query: string, options: SearchOptions): FixSearchResult {
  const q = words(query);
  const result: FixSearchResult = { fixes: [], symptoms: [], checks: [], notes: [] };
  if (q.length === 0) return result;
  const fixes = new Map<FixId, FixMatch>();
  const credit = (fixId: FixId, score: number, because: FixMatch['because'][number]) => {
    const match = fixes.get(fixId) ?? { fixId, score: 0, because: [] };
    match.score = Math.max(match.score, score);
    match.because.push(because);
    fixes.set(fixId, match);
  };
  const checks = new Set<string>();
  const notes = new Set<MessageKey>();

  for (const symptom of options.symptoms ?? SYMPTOMS) {
    let best: SymptomMatch | null = null;
    for (const phrase of Object.values(symptom.phrases).flat()) {
      const score = phraseScore(q, words(phrase));
      if (score >= PARTIAL && (!best || score > best.score)) best = { symptom, phrase, score };
    }
    if (!best) continue;
    result.symptoms.push(best);
    // The symptom's own order counts: its first fix a little above its second.
    symptom.fixes.forEach((fixId, rank) => credit(fixId, best.score - rank * 0.01, { symptom: symptom.id }));
    symptom.checks.forEach((check) => checks.add(check));
    symptom.notes?.forEach((note) => notes.add(note));
  }

  const catalogues = options.catalogues;
  for (const fixId of FIX_IDS) {
    for (const catalogue of catalogues) {
      const title = catalogue[fixTitleKey(fixId)];
      if (!title) continue;
      const score = phraseScore(words(title), q);
      // Titles are matched the other way round: the query's words found in the title.
      if (score >= 2) credit(fixId, score - 1, { title });
      else if (score >= PARTIAL && q.length > 1) credit(fixId, score, { title });
    }
  }

  for (const check of options.checkIds ?? [...new Set((options.symptoms ?? SYMPTOMS).flatMap((symptom) => symptom.checks))]) {
    const named = q.some((word) => word === check || word === check.split('.')[1]);
    if (!named) continue;
    checks.add(check);
    const group = check.split('.')[0]!;
    for (const fixId of FIX_IDS) if (fixId.startsWith(`${group}.`)) credit(fixId, 1, { check });
  }

  result.symptoms.sort((a, b) => b.score - a.score);
  result.fixes = [...fixes.values()].sort((a, b) => b.score - a.score || FIX_IDS.indexOf(a.fixId) - FIX_IDS.indexOf(b.fixId));
  result.checks = [...checks];
  result.notes = [...notes];
  return result;
}
