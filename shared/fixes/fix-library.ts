import type { MessageKey } from '../i18n/catalogue';

export type Platform = 'android' | 'iphone' | 'laptop';
export const PLATFORMS: readonly Platform[] = ['android', 'iphone', 'laptop'];

/**
 * A fix is a title and numbered steps per platform, all in the message
 * catalogues: fix.<id>.title and fix.<id>.<platform>.<n>. Steps may use the
 * finding's parameters ("choose {expectedZone, zone}"). Listing the ids here
 * lets a test hold every fix to the same shape.
 */
export const FIX_IDS = [
  'time.set-clock-automatic',
  'time.set-zone-automatic',
  'time.set-zone-manually',
  'time.update-system',
  'time.stale-workaround',
  'time.check-by-hand',
  'location.allow-site',
  'location.turn-on',
  'location.precise-on',
  'location.go-outside',
  'location.open-in-browser',
  'location.outside-area',
  'storage.check-phone-space',
  'storage.free-space',
  'storage.clear-app-cache',
  'storage.clear-site-cache',
  'storage.leave-private',
  'storage.allow-site-data',
  'network.connect',
  'network.captive-portal',
  'device.update-browser',
  'device.update-system',
  'device.camera-access',
  'photo.make-app-ready',
  'photo.use-jpeg',
  'photo.retake-light',
  'photo.retake-steady',
  'photo.retake-backlight',
  'photo.location-off',
  'photo.retake-still',
  'photo.retake-face',
] as const;

export type FixId = (typeof FIX_IDS)[number];

/** Typed by FixId, so a fix without a title in the English catalogue fails the type check. */
export function fixTitleKey<F extends FixId>(fixId: F): `fix.${F}.title` {
  return `fix.${fixId}.title`;
}

/**
 * The step keys of a fix for a platform, in order, as far as the catalogue has them (translator.has).
 * Steps are numbered, so no type lists them: `has` is what makes each one a MessageKey.
 */
export function fixStepKeys(fixId: FixId, platform: Platform, has: (key: string) => key is MessageKey): MessageKey[] {
  const keys: MessageKey[] = [];
  for (let n = 1; ; n++) {
    const key = `fix.${fixId}.${platform}.${n}`;
    if (!has(key)) return keys;
    keys.push(key);
  }
}

/** The platform a user agent most likely is; the person can always switch. */
export function guessPlatform(userAgent: string): Platform {
  if (/android/i.test(userAgent)) return 'android';
  if (/iphone|ipad|ipod/i.test(userAgent)) return 'iphone';
  return 'laptop';
}
