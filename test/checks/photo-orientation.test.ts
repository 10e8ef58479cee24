import { describe, expect, it } from 'vitest';
import { readPhotoMetadata, profiles } from '../../shared/index';
import { photoOrientation } from '../../shared/checks/photo-orientation';
import { photoBytes } from '../photo/decode';

const check = async (name: string) => photoOrientation.judge({ photo: { metadata: await readPhotoMetadata(photoBytes(name)) } }, profiles['cbp-one']);

describe('photo.orientation', () => {
  it('passes a photo stored upright, with or without the tag', async () => {
    expect((await check('hopper.jpg')).status).toBe('pass');
    expect((await check('nokia-lumia820-gps.jpg')).status).toBe('pass');
  });

  for (const n of [2, 3, 4, 5, 6, 7, 8]) {
    it(`warns about orientation ${n} and offers the copy that bakes the rotation in`, async () => {
      const finding = await check(`hopper_orientation_${n}.jpg`);
      expect(finding).toMatchObject({ status: 'warn', fixes: ['photo.make-app-ready'], evidence: { orientation: n } });
      expect(finding.message.params?.turned).toBe(n >= 5 ? 'sideways' : 'other');
    });
  }

  it('does not judge HEIC by its informational EXIF tag (irot rotates HEIC)', async () => {
    expect((await check('iphone-xr-gps-orientation6.heic')).status).toBe('pass');
  });
});
