import type { PhotoMetadata } from '../photo/metadata';
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

export interface LocationFacts {
  permission: LocationPermission;
  position?: Position | null;
}

/** A photo the person chose: its metadata always, its pixel metrics when it could be decoded. */
export interface PhotoFacts {
  metadata: PhotoMetadata;
  pixels?: PixelMetrics | null;
  /** Why the pixels could not be measured (the browser cannot decode HEIC, over the pixel budget, corrupt data). */
  decodeError?: string | null;
  /** When the photo was judged: its capture time is compared with this, never with a clock read inside a check. */
  judgedAt?: Instant;
}

export interface Facts {
  time?: TimeFacts;
  location?: LocationFacts;
  photo?: PhotoFacts;
}
