import { defineCheck } from './check';
import type { Verdict } from './finding';

/**
 * photo.orientation: an EXIF Orientation other than 1 means the pixels are
 * stored sideways or mirrored and each app must turn them; some apps do not.
 * The fixer bakes the rotation into the pixels. In HEIC the rotation lives in
 * the irot box and EXIF Orientation is informational (libheif#227).
 */
export const photoOrientation = defineCheck({
  id: 'photo.orientation',
  needs: ['photo'],
  judge(facts): Verdict {
    const meta = facts.photo!.metadata;
    const evidence = { orientation: meta.orientation, tagged: meta.orientationTagged, format: meta.format };
    const base = { evidence };
    if (meta.format !== 'heic' && meta.orientation !== 1) {
      const turned = meta.orientation >= 5;
      return {
        ...base,
        status: 'warn',
        message: { key: 'photo.orientation.rotated', params: { turned: turned ? 'sideways' : 'other' } },
        fixes: ['photo.make-app-ready'],
      };
    }
    return { ...base, status: 'pass', message: { key: 'photo.orientation.pass' }, fixes: [] };
  },
});
