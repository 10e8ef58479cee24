import { describe, expect, it } from 'vitest';
import { measurePixels, type RgbaImage } from '../../../shared/index';
import { withFaceRegion } from '../../../shared/photo/pixels/face-region';
import type { RegionBox } from '../../../shared/photo/pixels/measure';

const solid = (width: number, height: number, [r, g, b, a = 255]: number[]) => {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([r!, g!, b!, a], i);
  return { data, width, height };
};
const measure = (image: RgbaImage, faceBox: RegionBox) => withFaceRegion(measurePixels(image), image, faceBox);

describe('face-region measures (withFaceRegion)', () => {
  const halves = (w: number, h: number, left: number, right: number) => {
    const data = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x < w / 2 ? left : right, x < w / 2 ? left : right, x < w / 2 ? left : right, 255], (y * w + x) * 4);
    return { data, width: w, height: h };
  };

  it('measures the ellipse in the box, with the left and right halves apart (OFIQ illumination uniformity)', () => {
    const even = measure(halves(100, 100, 128, 128), { x: 20, y: 20, width: 60, height: 60 }).face!;
    expect(even.illuminationUniformity).toBeCloseTo(1, 5);
    expect(even.pixelCount).toBeLessThan(60 * 60);
    expect(even.pixelCount).toBeGreaterThan(0.7 * 60 * 60);
    const uneven = measure(halves(100, 100, 40, 200), { x: 20, y: 20, width: 60, height: 60 }).face!;
    expect(uneven.illuminationUniformity).toBe(0);
    expect(uneven.leftMeanLuminance).toBeLessThan(uneven.rightMeanLuminance);
    expect(measure(halves(100, 100, 40, 200), { x: 20, y: 20, width: 60, height: 60 }).faceRegion).toBe('face-box');
  });

  it('counts detail crushed to black (grey ≤ 16), not dark skin', () => {
    expect(measure(solid(50, 50, [41, 36, 32]), { x: 10, y: 10, width: 30, height: 30 }).face!.crushedShare).toBe(0);
    expect(measure(solid(50, 50, [10, 10, 10]), { x: 10, y: 10, width: 30, height: 30 }).face!.crushedShare).toBe(1);
  });

  it('takes the box in the input image and scales it to the analysis copy', () => {
    const big = measure(halves(2048, 1536, 40, 200), { x: 512, y: 384, width: 1024, height: 768 }).face!;
    expect(big.box).toEqual({ x: 128, y: 96, width: 256, height: 192 });
  });

  it('falls back to the central-ellipse proxy when the box is off the image', () => {
    const m = measure(solid(40, 40, [100, 100, 100]), { x: 100, y: 100, width: 20, height: 20 });
    expect(m.face).toBeUndefined();
    expect(m.faceRegion).toBe('central-ellipse-proxy');
  });
});
