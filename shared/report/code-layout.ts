import type { Scale } from './scales';

/**
 * The layout of a helper code, version 2. Everything a code means is fixed
 * here, by position in these lists: a list that changes meaning (a check, a
 * format or a language beyond CODE_LANGUAGES added, a scale moved; not a
 * profile, while there are free slots) needs CODE_VERSION + 1 and a
 * reader for the old layout, or old codes would be read wrongly.
 * test/report/code-layout.test.ts fails when the registry, the languages,
 * the platforms or the profiles' thresholds no longer match this file, to
 * force that decision.
 *
 * Frame (every version):  V L payload… checks
 *   V   version symbol (1–31)
 *   L   number of symbols in the whole code, modulo 32 (truncation guard)
 *   payload  the fields below, as one mixed-radix number in base 32
 *   checks  K₁K₂K₃ from version 2 (check-symbols.ts: every one or two wrong
 *        characters caught at any length); K₁K₂ in version 1, whose codes
 *        are refused as "older-version" (two typos 31 apart could pass them)
 *
 * Payload fields, in order (the first is the least significant digit):
 *   profile (PROFILE_SLOTS) · language · platform · day (DAY_SLOTS, 0 unknown)
 *   per check in CODE_CHECKS: passed? (2), and if not, warn/fail/unknown/not-run (4)
 *   zone: 0 no time facts, 1… a CODE_ZONES entry, or spelt: length + ZONE_CHARS
 *     then the clock offset: 0 no reference, else sign and CLOCK_SCALE
 *   location: 0 none, else permission × request
 *     then position? and if so accuracy (ACCURACY_SCALE, 0 unusable), age
 *     (AGE_SCALE, 0 unknown), included? and if so latitude, longitude
 *   photo format: 0 none, else CODE_FORMATS
 *     then flags (animated, transparent, undecodable), width, height (SIDE_SCALE),
 *     bytes (BYTES_SCALE) and "more than the grid point" (2)
 *
 * A passed check costs one bit, another status three: a whole self-check with
 * a photo and a few problems is about 43 characters, 33 without the photo,
 * about 52 with the position (test/report/helper-code.test.ts), dashes
 * included.
 */
export const CODE_VERSION = 2;

/**
 * Every check, in code order. Never reorder or remove: append, and bump the
 * version. (Not the registry's order: the registry may change; this may not.)
 */
export const CODE_CHECKS = [
  'time.clock',
  'time.zone',
  'time.tzdata',
  'location.permission',
  'location.accuracy',
  'location.region',
  'network.connection',
  'storage.quota',
  'storage.site-data',
  'storage.cache',
  'device.browser',
  'device.camera',
  'photo.file',
  'photo.exposure',
  'photo.contrast',
  'photo.sharpness',
  'photo.backlight',
  'photo.orientation',
  'photo.metadata',
  'photo.face',
  'photo.face-size',
  'photo.head-roll',
] as const;

export type CodeCheckId = (typeof CODE_CHECKS)[number];

/**
 * Profiles, appended as they are made. The code has room for PROFILE_SLOTS:
 * a profile added later reaches an older console as "unknown-profile",
 * without a version change.
 */
export const CODE_PROFILES = ['cbp-one', 'selfie-generic', 'cbp-home', 'smartlink'] as const;
export const PROFILE_SLOTS = 8;

/**
 * Languages, by position: the three Listo speaks today, then the ones being
 * translated, so that shipping them needs no layout change. A language this
 * Listo does not speak yet still reads back by its code.
 */
export const CODE_LANGUAGES = ['es', 'en', 'ht', 'pt', 'fr', 'ru', 'zh', 'hi', 'pa', 'tr', 'ar'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export const CODE_PLATFORMS = ['android', 'iphone', 'laptop'] as const;

/** A check's verdict as the code carries it; "not-run" when it was not judged. */
export const CODE_STATUSES = ['pass', 'warn', 'fail', 'unknown', 'not-run'] as const;

/** The day judged: whole UTC days since this one. */
export const DAY_EPOCH = Date.UTC(2024, 0, 1);
export const DAY_SLOTS = 8192; // to 2046-06

/** Location permission (as LocationFacts) and what the request returned (absent first). */
export const CODE_PERMISSIONS = ['granted', 'denied', 'prompt', 'unsupported'] as const;
export const CODE_REQUESTS = [null, 'granted', 'denied', 'unavailable', 'timeout', 'unsupported', 'not-asked'] as const;

export const CODE_FORMATS = ['jpeg', 'png', 'webp', 'heic', 'gif', 'unknown'] as const;

/**
 * Device time zones carried as one digit. Any other zone is spelt out
 * (ZONE_CHARS), which makes that code longer. The zones of Mexico (as
 * browsers name them, old names too), the United States, Central and South
 * America and the Caribbean, and where many people who cross them come from.
 */
export const CODE_ZONES = [
  'America/Mexico_City',
  'America/Tijuana',
  'America/Hermosillo',
  'America/Mazatlan',
  'America/Chihuahua',
  'America/Ciudad_Juarez',
  'America/Ojinaga',
  'America/Matamoros',
  'America/Monterrey',
  'America/Merida',
  'America/Cancun',
  'America/Bahia_Banderas',
  'America/Ensenada',
  'America/Santa_Isabel',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Guatemala',
  'America/El_Salvador',
  'America/Tegucigalpa',
  'America/Managua',
  'America/Costa_Rica',
  'America/Panama',
  'America/Belize',
  'America/Port-au-Prince',
  'America/Havana',
  'America/Santo_Domingo',
  'America/Jamaica',
  'America/Puerto_Rico',
  'America/Bogota',
  'America/Caracas',
  'America/Guayaquil',
  'America/Lima',
  'America/La_Paz',
  'America/Santiago',
  'America/Argentina/Buenos_Aires',
  'America/Sao_Paulo',
  'America/Asuncion',
  'America/Montevideo',
  'Africa/Dakar',
  'Africa/Nouakchott',
  'Africa/Lagos',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Europe/Madrid',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'UTC',
  'Etc/UTC',
] as const;

/** Characters of a spelt-out zone name (every IANA name is made of these), and its longest length. */
export const ZONE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_-+';
export const ZONE_MAX_LENGTH = 40;

/**
 * Clock offset, device minus reference, in whole seconds toward zero: to the
 * second up to 30 minutes, to the minute up to 48 hours. Thresholds in whole
 * seconds (under 60 s passes, from 300 s fails) are kept.
 */
export const CLOCK_SCALE: Scale = {
  segments: [
    { step: 1, upTo: 1800 },
    { step: 60, upTo: 48 * 3600 },
  ],
  rounding: 'down',
};

/** Accuracy radius in metres (rounded as location.accuracy rounds), up to the next grid point: 1 m to 500 m, 10 m to 5 km. */
export const ACCURACY_SCALE: Scale = {
  segments: [
    { step: 1, upTo: 500 },
    { step: 10, upTo: 5000 },
  ],
  rounding: 'up',
};

/** Age of the position in seconds, up: 1 s to 30 s, 10 s to 5 minutes. */
export const AGE_SCALE: Scale = {
  segments: [
    { step: 1, upTo: 30 },
    { step: 10, upTo: 300 },
  ],
  rounding: 'up',
};

/** Photo bytes, down: 1 kB to 1 MB, 10 kB to 32 MB; a flag says when the file was bigger than the grid point. */
export const BYTES_SCALE: Scale = {
  segments: [
    { step: 1000, upTo: 1_000_000 },
    { step: 10_000, upTo: 32_000_000 },
  ],
  rounding: 'down',
};

/** Photo width and height in pixels, exact. */
export const SIDE_SCALE: Scale = { segments: [{ step: 1, upTo: 8191 }], rounding: 'down' };

/** Position, when the person chose to include it: degrees to 0.001 (about 110 m). */
export const POSITION_STEPS_PER_DEGREE = 1000;
