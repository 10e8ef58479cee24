import { describe, expect, it } from 'vitest';
import { readPhotoMetadata } from '../../shared/index';
import { METADATA_TIMEOUT_MS } from '../../shared/photo/metadata';
import { inChild } from '../fuzz/in-child';
import { photoBytes } from './decode';

/**
 * Crafted containers that made a parser loop for good (issue 10). Each runs in
 * a child process first: before the guard, the loop blocked the event loop,
 * so neither readPhotoMetadata's own time limit nor the test's could fire.
 */

const HEIC = 'iphone-xr-gps-orientation6.heic';
/** The real file's ftyp box is 36 bytes, followed by meta. */
const FTYP_END = 36;

const box = (...bytes: number[]) => new Uint8Array(bytes);
const FREE = [0x66, 0x72, 0x65, 0x65];

function insertAfterFtyp(inserted: Uint8Array): Uint8Array {
  const real = photoBytes(HEIC);
  const out = new Uint8Array(real.length + inserted.length);
  out.set(real.subarray(0, FTYP_END));
  out.set(inserted, FTYP_END);
  out.set(real.subarray(FTYP_END), FTYP_END + inserted.length);
  return out;
}

const crafted: Record<string, () => Uint8Array> = {
  'a box before meta that declares size 0': () => insertAfterFtyp(box(0, 0, 0, 0, ...FREE)),
  'a box before meta with a 64-bit size of 0': () => insertAfterFtyp(box(0, 0, 0, 1, ...FREE, 0, 0, 0, 0, 0, 0, 0, 0)),
  'a box before meta with a 64-bit size smaller than its header': () => insertAfterFtyp(box(0, 0, 0, 1, ...FREE, 0, 0, 0, 0, 0, 0, 0, 9)),
  // exifr computes (high << 32) | low, and a shift by 32 is a shift by 0: 0xFFFFFFDC comes out as −36, back to ftyp.
  'a box before meta with a 64-bit size of 4 GB that exifr reads as −36': () =>
    insertAfterFtyp(box(0, 0, 0, 1, ...FREE, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xdc)),
  'a box inside meta with a 64-bit size that exifr reads as negative': () => {
    const bytes = photoBytes(HEIC);
    // meta (a full box) starts at 36, its first child (hdlr, 34 bytes) at 48, the next at 82: give that one a
    // 64-bit size of 2^32 − 34, which exifr reads as −34, back to hdlr, and on to it again.
    bytes.set([0, 0, 0, 1], 82);
    bytes.set([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xde], 90);
    return bytes;
  },
  'the real iPhone HEIC with 8 bytes changed (meta renamed "free", size 0)': () => {
    const bytes = photoBytes(HEIC);
    bytes.set([0, 0, 0, 0, ...FREE], FTYP_END);
    return bytes;
  },
};

describe('readPhotoMetadata returns on HEIC boxes that declare impossible sizes', () => {
  for (const [name, make] of Object.entries(crafted)) {
    it(`${name} (in a child process that is killed if it hangs)`, async () => {
      const result = await inChild('metadata', make(), 20_000);
      expect(result.returned, `readPhotoMetadata did not return within 20 s on ${name}`).toBe(true);
      if (result.returned) expect(result.value).toMatchObject({ format: 'heic', error: expect.stringMatching(/^structure: /) });
    }, 30_000);

    it(`${name}: within its own limit, in process`, async () => {
      const started = performance.now();
      const meta = await readPhotoMetadata(make());
      expect(performance.now() - started).toBeLessThan(METADATA_TIMEOUT_MS);
      expect(meta).toMatchObject({ format: 'heic', width: 0, height: 0, hasGps: false });
      expect(meta.error).toMatch(/size/);
    });
  }

  it('still reads the untouched file and the truncated one (mdat after meta may say size 1 or run off the end)', async () => {
    await expect(readPhotoMetadata(photoBytes(HEIC))).resolves.toMatchObject({ format: 'heic', hasGps: true, orientation: 6 });
    const truncated = await readPhotoMetadata(photoBytes('iphone7-gps-truncated.heic'));
    expect(truncated.error ?? '').not.toMatch(/structure/);
  });
});

describe('readPhotoMetadata refuses JPEG segments of impossible length', () => {
  for (const length of [0, 1]) {
    it(`an APP1 that declares length ${length}`, async () => {
      const real = photoBytes('canon-face.jpg');
      const bytes = new Uint8Array(real.length + 4);
      bytes.set([0xff, 0xd8, 0xff, 0xe1, 0, length]);
      bytes.set(real.subarray(2), 6);
      const meta = await readPhotoMetadata(bytes);
      expect(meta.format).toBe('jpeg');
      expect(meta.error).toMatch(/structure: segment FFE1 declares length/);
    });
  }
});
