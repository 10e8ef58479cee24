import type { Check } from './check';
import { deviceBrowser } from './device-browser';
import { deviceCamera } from './device-camera';
import { networkConnection } from './network-connection';
import { storageCache } from './storage-cache';
import { storageQuota } from './storage-quota';
import { storageSiteData } from './storage-site-data';
import { locationAccuracy } from './location-accuracy';
import { locationPermission } from './location-permission';
import { locationRegion } from './location-region';
import { timeClock } from './time-clock';
import { timeTzdata } from './time-tzdata';
import { timeZone } from './time-zone';
import { photoFile } from './photo-file';
import { photoExposure } from './photo-exposure';
import { photoContrast } from './photo-contrast';
import { photoSharpness } from './photo-sharpness';
import { photoBacklight } from './photo-backlight';
import { photoOrientation } from './photo-orientation';
import { photoMetadata } from './photo-metadata';

/** The photo checks (issue #3), in the order profiles show them. */
export const PHOTO_CHECKS: readonly Check[] = [photoFile, photoExposure, photoContrast, photoSharpness, photoBacklight, photoOrientation, photoMetadata];

/** Every check Listo has. A new check is one file and one line here. */
export const CHECKS: readonly Check[] = [
  timeClock,
  timeZone,
  timeTzdata,
  locationPermission,
  locationAccuracy,
  locationRegion,
  networkConnection,
  storageQuota,
  storageSiteData,
  storageCache,
  deviceBrowser,
  deviceCamera,
  ...PHOTO_CHECKS,
];
