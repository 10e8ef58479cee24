import type { PhotoMetadata } from '../photo/metadata-types';
import type { FaceFacts } from '../photo/face/probe';
import type { PixelMetrics } from '../photo/pixels/measure';

/**
 * Facts are what a device said, as plain JSON-serialisable data. Probes gather
 * them; checks judge them. A fact group that was not gathered is absent, and
 * the checks that need it are not run.
 */

/** An instant: epoch milliseconds, an ISO 8601 string, or a Date (serialised as ISO). */
export type Instant = number | string | Date;

export interface TimeFacts {
  /** The device clock when the reference was taken. */
  deviceNow: Instant;
  /** A trustworthy time for the same moment (HTTP Date header of our origin); absent offline. */
  referenceNow?: Instant | null;
  /** How far the reference may be off, in milliseconds (half the round trip plus the header's 1 s resolution). */
  referenceUncertaintyMs?: number;
  /** Where the reference came from, for the evidence (an origin, never a third party). */
  referenceSource?: string;
  /**
   * False where no reference was named at all (the extension before a volunteer names a site): the clock was not
   * compared because nothing was asked, not because a connection failed. Absent means one was asked for.
   */
  referenceNamed?: boolean;
  /** The device's IANA time zone as Intl reports it (may be a legacy alias). */
  zone: string;
  /** The offset the device used at deviceNow, in minutes east of UTC (−360 for UTC−6). */
  offsetMinutes?: number;
  /** What the device's own time-zone database says (see readTzdataFacts). */
  tzdata?: TzdataFacts;
}

/** One zone's offsets as the device's tz database has them, over a window. */
export interface ZoneOffsetSeries {
  zone: string;
  /** false when the device's database does not know the zone at all. */
  known: boolean;
  /** Offset (minutes east of UTC) from `from` on, then at each change; sorted by instant. */
  changes: Array<{ at: number; offsetMinutes: number }>;
}

export interface TzdataFacts {
  /** When the facts were read (epoch ms). */
  readAt: number;
  /** The window the series cover (epoch ms). */
  from: number;
  to: number;
  /** The zone the device itself is set to, as Intl reports it. */
  deviceZone: string;
  /** The tz database version when the runtime tells it (Node: process.versions.tz); browsers do not. */
  reportedVersion?: string;
  series: ZoneOffsetSeries[];
}

export interface Position {
  lat: number;
  lon: number;
  /** Radius of 68 % confidence, in metres. */
  accuracy: number;
  /** When the position was measured (epoch ms). */
  timestamp?: number;
}

export type LocationPermission = 'granted' | 'denied' | 'prompt' | 'unsupported';

/** What a position request returned; "not-asked" until the person asks for it. */
export type LocationRequestOutcome = 'granted' | 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'not-asked';

export interface LocationFacts {
  /**
   * Whether the page may read the location: the request's answer when one was
   * made, else the Permissions API state (a hint only: WebKit says "prompt"
   * even after a denial).
   */
  permission: LocationPermission;
  position?: Position | null;
  /** The Permissions API state as the browser reported it before asking. */
  permissionHint?: LocationPermission;
  /** What the position request returned. */
  request?: LocationRequestOutcome;
  /** false when high accuracy timed out and a low-accuracy reading was taken instead. */
  highAccuracy?: boolean;
  /** When the probe finished (device clock, epoch ms): the judging time for a position's age. */
  readAt?: number;
  /** Whether the page runs in a secure context (geolocation needs https). */
  secureContext?: boolean;
}

/** A probe that could not answer says why, for the evidence ("timeout", "missing", an error name). */
export type ProbeError = string | null;

export interface StorageFacts {
  /** navigator.storage.estimate(), in bytes; null where missing (Safari before 17) or failed. Quota is fuzzed on purpose. */
  usageBytes: number | null;
  quotaBytes: number | null;
  estimateError?: ProbeError;
  /** navigator.storage.persisted(): whether the browser promised not to evict this site's data. */
  persisted: boolean | null;
  /** Cache Storage of this origin: how many caches, how many entries, and their bytes when the responses tell. */
  caches: { count: number; entries: number; bytes: number | null } | null;
  cachesError?: ProbeError;
  /** Service worker of this page. */
  serviceWorker: 'controlled' | 'registered' | 'none' | 'unsupported';
  /** Whether each kind of site storage works (null: not tested); some private modes refuse them. */
  cookies: boolean | null;
  localStorage: boolean | null;
  indexedDB: boolean | null;
  /** Why a store failed, such as "SecurityError" or "QuotaExceededError". */
  storeErrors?: Record<string, string>;
}

export interface NetworkFacts {
  /** navigator.onLine: false is reliable, true only means some network is there. */
  online: boolean | null;
  /** Network Information API (Chromium only). */
  effectiveType?: string | null;
  saveData?: boolean | null;
  downlinkMbps?: number | null;
  rttMs?: number | null;
  /** Whether our own origin answered a small request; null when not tried (offline, or no origin of our own). */
  originReachable: boolean | null;
  originRoundTripMs?: number | null;
  originError?: ProbeError;
}

export interface DeviceFacts {
  /** Where the names and versions came from: User-Agent Client Hints are exact, the User-Agent string is frozen on Android. */
  source: 'client-hints' | 'user-agent';
  browser: { name: string; version: string } | null;
  /** The engine the browser runs on, which decides what Listo and web apps can use. */
  engine: { name: 'chromium' | 'webkit' | 'gecko'; version: string } | null;
  system: { name: string; version: string | null } | null;
  mobile: boolean | null;
  /** Cameras listed by enumerateDevices (no stream opened); null when unknown. */
  cameras: number | null;
  camerasError?: ProbeError;
  /** navigator.languages, in the person's order. */
  languages: string[];
  userAgent: string;
}

/** A photo the person chose: its metadata always, its pixel metrics when it could be decoded. */
export interface PhotoFacts {
  metadata: PhotoMetadata;
  pixels?: PixelMetrics | null;
  /** What the face detector found on the analysis copy; null when it did not run. */
  face?: FaceFacts | null;
  /** Why the pixels could not be measured (the browser cannot decode HEIC, over the pixel budget, corrupt data). */
  decodeError?: string | null;
  /** When the photo was judged: its capture time is compared with this, never with a clock read inside a check. */
  judgedAt?: Instant;
}

export interface Facts {
  time?: TimeFacts;
  location?: LocationFacts;
  storage?: StorageFacts;
  network?: NetworkFacts;
  device?: DeviceFacts;
  photo?: PhotoFacts;
}
