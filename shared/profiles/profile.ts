import type { CheckId } from '../checks/registry';
import type { MessageKey } from '../i18n/catalogue';
/**
 * A profile says what "ready" means for one app. It is data: every number and
 * rule carries its source and the day someone last checked that source.
 */

export interface Source {
  /** Who said it and where, readable by a person (a URL or a document name). */
  source: string;
  /** ISO date the source was last checked. */
  verified: string;
  /** Caveats, such as "no official figure exists; this is our default". */
  note?: string;
}

export interface Sourced<T> extends Source {
  value: T;
}

/** Whether the app still does what people used it for: a closed one is kept for its checks and marked in the picker. */
export type ProfileState = 'closed' | 'active';

export interface ProfileStatus {
  /** Message key for the one-line status shown with the profile. */
  key: MessageKey;
  /** Machine-readable: the picker marks a closed profile (the status line says why in words). */
  state: ProfileState;
  /** ISO date the app stopped doing it; present exactly when state is 'closed'. */
  closedSince?: string;
  sources: Source[];
}

export interface ClockRules {
  /** Below this absolute difference the clock passes. */
  passBelowSeconds: Sourced<number>;
  /** Below this it warns; from here on it fails. */
  failFromSeconds: Sourced<number>;
  /** A difference within this of a whole number of hours is read as a time-zone mix-up. */
  wholeHourToleranceSeconds: Sourced<number>;
}

export interface ZoneRules {
  /** Zones found within max(accuracy, this) of the position are all accepted. */
  edgeToleranceMeters: Sourced<number>;
  /** How far ahead a coming difference in offsets is looked for. */
  lookAheadDays: Sourced<number>;
}

export interface TimeRules {
  clock: ClockRules;
  zone: ZoneRules;
}

export interface AccuracyRules {
  /** Up to this radius (metres) a position passes: a GPS fix. */
  passUpToMeters: Sourced<number>;
  /** Up to this it warns (typical "approximate location"); beyond, it fails. */
  warnUpToMeters: Sourced<number>;
  /** A position measured longer ago than this (seconds) is said to be old. */
  staleAfterSeconds: Sourced<number>;
}

/** The area an app accepts requests from: part of Mexico, drawn from the offline state outlines. */
export interface AcceptedAreaRules {
  /** Message key naming the area for people. */
  name: MessageKey;
  /** Mexico north of this latitude is accepted. */
  northOfLatitude: Sourced<number>;
  /** These states (ISO 3166-2) are accepted too, from `from` on. */
  alsoStates: Sourced<string[]> & { from: string };
  /** Said to the person when the area is not met (such as "Mexican nationals may ask from anywhere in Mexico"). */
  notes: Array<Source & { key: MessageKey }>;
}

export interface LocationRules {
  accuracy: AccuracyRules;
  /** null: the app checks no area, and location.region says so. */
  acceptedArea: AcceptedAreaRules | null;
}

export interface StorageRules {
  /** What the browser lets this site still store (quota − usage), in MB: below this it warns... */
  warnBelowAvailableMB: Sourced<number>;
  /** ...and below this it fails. */
  failBelowAvailableMB: Sourced<number>;
  /** Cache Storage of this origin above this many MB is worth clearing. */
  cacheWarnAboveMB: Sourced<number>;
}

export interface NetworkRules {
  /** Network Information effectiveType values that warn as slow. */
  slowEffectiveTypes: Sourced<string[]>;
}

/** Versions as "major.minor" text, compared part by part. */
export interface DeviceRules {
  /** Browser engines older than these may not run the pages (Listo's own, and web apps like it). */
  engineMinimums: Sourced<{ chromium: string; webkit: string; gecko: string }>;
  /** Systems older than these are below what the app supports; null: no published minimum, and the check says so. */
  systemMinimums: Sourced<{ Android: string; iOS: string }> | null;
}

/** Limits and thresholds for photos (issue #3); see photo-rules.ts for their sources. */
export interface PhotoRules {
  /** Message key telling the person where the photo limits come from (params: maxKb, maxSide). */
  noteKey: MessageKey;
  /** Formats the app takes. */
  formats: Sourced<Array<'jpeg' | 'png' | 'webp' | 'heic' | 'gif'>>;
  minBytes: Sourced<number>;
  maxBytes: Sourced<number>;
  /** Shortest side at least this many pixels. */
  minSide: Sourced<number>;
  /** Longest side at most this many pixels; the fixer resizes to it (never above 4096). */
  maxSide: Sourced<number>;
  maxMegapixels: Sourced<number>;
  /** Listo refuses to decode larger images on a phone. */
  decodeBudgetMegapixels: Sourced<number>;
  exposure: {
    /** Mean OFIQ luminance L (0–255, linear light) below which the photo is too dark. */
    failMeanBelow: Sourced<number>;
    warnMeanBelow: Sourced<number>;
    /** Share of pixels with L ≤ 25 from which the photo is too dark. */
    failUnderShare: Sourced<number>;
    /** Share of pixels with L ≥ 247 (blown out). */
    failOverShare: Sourced<number>;
    warnOverShare: Sourced<number>;
    /** Accepted mean gamma-encoded RGB brightness, [low, high]. */
    meanRgb: Sourced<[number, number]>;
  };
  contrast: {
    /** OFIQ LuminanceVariance below which the photo is washed out. */
    failVarianceBelow: Sourced<number>;
    warnVarianceBelow: Sourced<number>;
    /** Entropy of the luminance histogram, bits. */
    failEntropyBelow: Sourced<number>;
  };
  sharpness: {
    /** Variance of the Laplacian at the 512 px analysis size. */
    failBelow: Sourced<number>;
    warnBelow: Sourced<number>;
  };
  backlight: {
    /** Centre (face proxy) mean L over surround mean L. */
    failRatioBelow: Sourced<number>;
    warnRatioBelow: Sourced<number>;
    /** Backlight is only judged when the surround is at least this bright (L). */
    minSurroundMean: Sourced<number>;
  };
  /** photo.face: the face the detector found (issue #11). */
  face: {
    /** Share of the face box outside the image from which the face is cut off (warn from half of it). */
    failOutsideShare: Sourced<number>;
  };
  /** photo.face-size: the face box against the image, and the eyes' distance, in the original photo's pixels. */
  faceSize: {
    /** Face box share of the image (its larger side against the image's), [min, max]. */
    share: Sourced<[number, number]>;
    /** Face box at least this many pixels (longer side, full resolution). */
    minFacePixels: Sourced<number>;
    /** Eye centres at least this far apart (full resolution); a warning only. */
    minEyeDistance: Sourced<number>;
  };
  /** photo.head-roll: the eye line's angle to the horizontal, degrees. */
  headRoll: {
    warnAboveDegrees: Sourced<number>;
    failAboveDegrees: Sourced<number>;
  };
  /** Lighting over a detected face (photo.exposure, photo.contrast and photo.backlight when a face box is known). */
  faceLight: {
    /** Share of face pixels crushed to black (grey ≤ 16). */
    failCrushedShare: Sourced<number>;
    warnCrushedShare: Sourced<number>;
    /** The face's darker outer quarter over its brighter one (mean L) below which one side is much darker. */
    warnSideLightRatioBelow: Sourced<number>;
    /** OFIQ LuminanceVariance over the face relative to its squared mean, below which the face is flat (washed out). */
    failRelativeVarianceBelow: Sourced<number>;
    warnRelativeVarianceBelow: Sourced<number>;
    /** A light source behind the person: share beside and above the head (outside the face box, above the chin) blown out (L ≥ 247). */
    backlightMinBesideHeadOverShare: Sourced<number>;
    /** Without a face box (the detector found none): share of the whole photo blown out before the centre proxy may call backlight. */
    backlightMinSurroundOverShare: Sourced<number>;
    /** With a light source behind, a face with this share crushed fails (else it warns). */
    backlightFailCrushedShare: Sourced<number>;
  };
  captureTime: {
    /** A capture time more than this ahead of the judging time is in the future. */
    futureToleranceHours: Sourced<number>;
    /** A capture time older than this is far from now. */
    warnOlderThanDays: Sourced<number>;
  };
}

export interface Profile {
  id: string;
  /** Message key of the profile's name. */
  name: MessageKey;
  /** The app this profile prepares for, as its makers name it. */
  app: string;
  /** ISO date: the newest `verified` among the profile's facts; the UI shows it. */
  asOf: string;
  status: ProfileStatus;
  /**
   * Checks that do not matter for this app. Every other check in the registry
   * runs, in the registry's order: a new check applies to every profile unless
   * a profile says otherwise (and the profiles stay off the first load).
   */
  skips: readonly CheckId[];
  time: TimeRules;
  location: LocationRules;
  storage: StorageRules;
  network: NetworkRules;
  device: DeviceRules;
  photo: PhotoRules;
}
