import type { PhotoFormat, PhotoMetadata } from './metadata-types';

/** Metadata of a photo known only by its format and size: no pixels read, no tags. */
export const blankMetadata = (bytes: number, format: PhotoFormat): PhotoMetadata => ({
  format,
  width: 0,
  height: 0,
  bytes,
  orientation: 1,
  orientationTagged: false,
  capturedAt: null,
  offsetTime: null,
  hasGps: false,
  gps: null,
  make: null,
  model: null,
  software: null,
  animated: false,
  hasAlpha: false,
});
