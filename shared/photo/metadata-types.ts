/**
 * What a photo file says about itself, read from its bytes alone: the format
 * (sniffed, never from the name), the real pixel size from the image header
 * (not EXIF's claim, which goes stale when a photo is scaled), and the EXIF
 * tags the checks need. Plain data: it travels in Facts.
 */
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'gif' | 'unknown';

export interface PhotoMetadata {
  format: PhotoFormat;
  /** Stored (coded) pixel size from the image header, before any rotation; 0 when unreadable. */
  width: number;
  height: number;
  bytes: number;
  /** EXIF Orientation 1–8; 1 when the file has none. In HEIC it is informational (irot rotates). */
  orientation: number;
  /** Whether the file carried an Orientation tag at all. */
  orientationTagged: boolean;
  /** DateTimeOriginal as recorded ("2021:02:13 11:03:31"): a wall-clock text with no zone. */
  capturedAt: string | null;
  /** OffsetTimeOriginal ("-06:00") when the camera recorded it. */
  offsetTime: string | null;
  hasGps: boolean;
  gps: { lat: number; lon: number } | null;
  make: string | null;
  model: string | null;
  software: string | null;
  /** More than one frame (GIF, APNG, animated WebP): apps take one still photo. */
  animated: boolean;
  /** The format can carry transparency and this file declares it. */
  hasAlpha: boolean;
  /** What went wrong while reading, when something did; the fields above are what could be read. */
  error?: string;
}
