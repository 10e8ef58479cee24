import type { CheckId } from '../checks/registry';
import type { FixId } from './fix-library';

/**
 * The fixes most likely to help when a check failed on a phone whose details
 * did not travel (a client's helper code carries the verdict, not every
 * figure). Each list is the fixes that check itself gives, most general first;
 * a check's own finding, where it can be judged again, names its exact fixes.
 */
export const LIKELY_FIXES: Record<CheckId, readonly FixId[]> = {
  'time.clock': ['time.set-clock-automatic', 'time.set-zone-automatic', 'time.check-by-hand'],
  'time.zone': ['time.set-zone-automatic', 'time.set-zone-manually', 'time.update-system'],
  'time.tzdata': ['time.update-system', 'time.stale-workaround'],
  'location.permission': ['location.allow-site', 'location.turn-on', 'location.open-in-browser'],
  'location.accuracy': ['location.precise-on', 'location.turn-on', 'location.go-outside'],
  'location.region': ['location.outside-area', 'location.precise-on'],
  'network.connection': ['network.connect', 'network.captive-portal'],
  'storage.quota': ['storage.check-phone-space', 'storage.free-space'],
  'storage.site-data': ['storage.leave-private', 'storage.allow-site-data'],
  'storage.cache': ['storage.clear-app-cache', 'storage.clear-site-cache'],
  'device.browser': ['device.update-browser', 'device.update-system'],
  'device.camera': ['device.camera-access'],
  'photo.file': ['photo.make-app-ready', 'photo.use-jpeg', 'photo.retake-still'],
  'photo.exposure': ['photo.retake-light'],
  'photo.contrast': ['photo.retake-light'],
  'photo.sharpness': ['photo.retake-steady'],
  'photo.backlight': ['photo.retake-backlight'],
  'photo.orientation': ['photo.make-app-ready'],
  'photo.metadata': ['photo.make-app-ready', 'photo.location-off'],
  'photo.face': ['photo.retake-face'],
  'photo.face-size': ['photo.retake-face'],
  'photo.head-roll': ['photo.retake-face'],
};
