import { describe, expect, it } from 'vitest';
import { profiles } from '../../shared/index';
import { MAX_SIDE_CEILING, outputType, targetSize } from '../../shared/photo/fixer';
import { looksUnturned, orientRgba } from '../../shared/photo/orient';

describe('the fixer honours every pixel limit of the profile', () => {
  it('2000×1500 is 3.0 MP: under the 2.1 MP cap the scale comes from the megapixels, not the side', () => {
    const size = targetSize(2000, 1500, { maxSide: 2000, maxMegapixels: 2.1 });
    expect(size.width * size.height).toBeLessThanOrEqual(2.1e6);
    expect(size.width / size.height).toBeCloseTo(4 / 3, 2);
    expect(size.width).toBeGreaterThan(1660);
  });

  for (const profile of Object.values(profiles)) {
    it(`${profile.id}: phone photos of every shape come out within maxSide, maxMegapixels and minSide`, () => {
      const rules = profile.photo;
      for (const [w, h] of [[4000, 3000], [3000, 4000], [6000, 4000], [4032, 3024], [8000, 1000], [1920, 1080], [640, 480], [2000, 2000]] as const) {
        const size = targetSize(w, h, { maxSide: rules.maxSide.value, maxMegapixels: rules.maxMegapixels.value });
        expect(Math.max(size.width, size.height), `${w}×${h}`).toBeLessThanOrEqual(Math.min(rules.maxSide.value, MAX_SIDE_CEILING));
        expect(size.width * size.height, `${w}×${h}`).toBeLessThanOrEqual(rules.maxMegapixels.value * 1e6);
        // A panorama thinner than maxSide:minSide cannot meet both by scaling: the copy's own check says so.
        if (Math.max(w, h) / Math.min(w, h) <= rules.maxSide.value / rules.minSide.value) expect(Math.min(size.width, size.height), `${w}×${h}`).toBeGreaterThanOrEqual(rules.minSide.value);
        // Never upscaled.
        expect(size.width).toBeLessThanOrEqual(w);
      }
    });
    it(`${profile.id}: the copy's format is one the app takes`, () => {
      expect(profile.photo.formats.value).toContain(outputType(profile.photo.formats.value).replace('image/', ''));
    });
  }

  it('never above 4096 px a side, whatever a profile says (iOS canvases go blank above 16.7 MP)', () => {
    expect(targetSize(12000, 9000, { maxSide: 10000 })).toEqual({ width: 4096, height: 3072 });
  });
});

describe('EXIF orientation applied to pixels', () => {
  // A 3×2 picture with a distinct value at each pixel, stored as the camera saved it.
  const stored = { width: 3, height: 2, data: new Uint8ClampedArray([1, 2, 3, 4, 5, 6].flatMap((v) => [v, v, v, 255])) };
  const values = (image: { data: ArrayLike<number>; width: number }) => Array.from({ length: image.data.length / 4 }, (_, i) => image.data[i * 4]);

  it('turns 6 a quarter clockwise and 8 a quarter anticlockwise, swapping the sides', () => {
    const six = orientRgba(stored, 6);
    expect([six.width, six.height]).toEqual([2, 3]);
    expect(values(six)).toEqual([4, 1, 5, 2, 6, 3]);
    expect(values(orientRgba(stored, 8))).toEqual([3, 6, 2, 5, 1, 4]);
  });

  it('mirrors and turns for 2, 3, 4, 5 and 7; leaves 1 alone', () => {
    expect(values(orientRgba(stored, 2))).toEqual([3, 2, 1, 6, 5, 4]);
    expect(values(orientRgba(stored, 3))).toEqual([6, 5, 4, 3, 2, 1]);
    expect(values(orientRgba(stored, 4))).toEqual([4, 5, 6, 1, 2, 3]);
    expect(values(orientRgba(stored, 5))).toEqual([1, 4, 2, 5, 3, 6]);
    expect(values(orientRgba(stored, 7))).toEqual([6, 3, 5, 2, 4, 1]);
    expect(orientRgba(stored, 1)).toBe(stored);
  });

  it('tells a decoder that ignored the tag by the sides it returned', () => {
    expect(looksUnturned(6, { width: 4000, height: 3000 }, { width: 512, height: 384 })).toBe(true);
    expect(looksUnturned(6, { width: 4000, height: 3000 }, { width: 384, height: 512 })).toBe(false);
    expect(looksUnturned(3, { width: 4000, height: 3000 }, { width: 512, height: 384 })).toBeNull();
  });
});
