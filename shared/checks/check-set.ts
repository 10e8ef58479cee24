import type { GeoLookups } from '../geo/geo-lookups';
import type { Profile } from '../profiles/profile';
import { deviceBrowser } from './device-browser';
import { deviceCamera } from './device-camera';
import { networkConnection } from './network-connection';
import { storageCache } from './storage-cache';
import { storageQuota } from './storage-quota';
import { storageSiteData } from './storage-site-data';
import { locationAccuracy } from './location-accuracy';
import { locationPermission } from './location-permission';
import { locationRegionWith } from './location-region';
import { timeClock } from './time-clock';
import { timeTzdata } from './time-tzdata';
import { timeZoneWith } from './time-zone';
import { photoFile } from './photo-file';
import { photoExposure } from './photo-exposure';
import { photoContrast } from './photo-contrast';
import { photoSharpness } from './photo-sharpness';
import { photoBacklight } from './photo-backlight';
import { photoOrientation } from './photo-orientation';
import { photoMetadata } from './photo-metadata';
import { photoFace } from './photo-face';
import { photoFaceSize } from './photo-face-size';
import { photoHeadRoll } from './photo-head-roll';

/**
 * Every check Listo has, with the geo lookups the zone and area checks use
 * (null where no position is judged: the lookups then need not load). A new
 * check is one file and one line here.
 */
export function checksWith(geo: GeoLookups | null) {
  return [
    timeClock,
    timeZoneWith(geo),
    timeTzdata,
    locationPermission,
    locationAccuracy,
    locationRegionWith(geo),
    networkConnection,
    storageQuota,
    storageSiteData,
    storageCache,
    deviceBrowser,
    deviceCamera,
    photoFile,
    photoFace,
    photoFaceSize,
    photoHeadRoll,
    photoExposure,
    photoContrast,
    photoSharpness,
    photoBacklight,
    photoOrientation,
    photoMetadata,
  ] as const;
}

export type CheckId = ReturnType<typeof checksWith>[number]['id'];

/** Every check id, in the order findings are judged and shown. */
export const CHECK_IDS: readonly CheckId[] = checksWith(null).map((check) => check.id);

export function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id);
}

/** The checks a profile runs: the registry's, in its order, less those the profile skips. */
export function checkIdsOf(profile: Pick<Profile, 'skips'>): CheckId[] {
  return CHECK_IDS.filter((id) => !profile.skips.includes(id));
}
