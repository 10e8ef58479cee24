import type { PhotoRules } from '../profiles/profile';
import type { FixLimits } from './fixer';
import type { PhotoMetadata } from './metadata-types';

/** The fixer's limits for a photo: the chosen app's photo rules and what the original's header said. */
export function fixLimitsFor(rules: PhotoRules, meta: PhotoMetadata): FixLimits {
  return {
    maxSide: rules.maxSide.value,
    maxBytes: rules.maxBytes.value,
    maxMegapixels: rules.maxMegapixels.value,
    minSide: rules.minSide.value,
    minBytes: rules.minBytes.value,
    formats: rules.formats.value,
    format: meta.format,
    width: meta.width,
    height: meta.height,
    // HEIC turns by its irot box, not by EXIF: leave it to the decoder.
    orientation: meta.format === 'heic' ? 1 : meta.orientation,
  };
}
