import { describe, expect, it } from 'vitest';
import { analysisSize, measurePixels, exposureMask } from '../../../shared/index';
import { laplacianVariance } from '../../../shared/photo/pixels/measure';

const solid = (width: number, height: number, [r, g, b, a = 255]: number[]) => {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([r!, g!, b!, a], i);
  return { data, width, height };
};

describe('measurePixels follows the OFIQ luminance definitions', () => {
  it('black is L = 0, all under-exposed; white is L = 255, all over-exposed', () => {
    const black = measurePixels(solid(10, 10, [0, 0, 0]));
    expect(black).toMatchObject({ meanLuminance: 0, underExposedShare: 1, overExposedShare: 0, entropyBits: 0 });
    const white = measurePixels(solid(10, 10, [255, 255, 255]));
    expect(white).toMatchObject({ meanLuminance: 255, underExposedShare: 0, overExposedShare: 1 });
  });

  it('linearises sRGB: mid-grey 128 is L = floor(255·0.2158 + 0.5) = 55, not 128', () => {
    expect(measurePixels(solid(4, 4, [128, 128, 128])).meanLuminance).toBe(55);
  });

  it('weights green most (0.7152) and blue least (0.0722)', () => {
    expect(measurePixels(solid(4, 4, [0, 255, 0])).meanLuminance).toBe(Math.floor(255 * 0.7152 + 0.5));
    expect(measurePixels(solid(4, 4, [0, 0, 255])).meanLuminance).toBe(Math.floor(255 * 0.0722 + 0.5));
  });

  it('measures two equal halves as 1 bit of entropy and their OFIQ variance', () => {
    const image = solid(10, 10, [0, 0, 0]);
    for (let i = 0; i < 50 * 4; i += 4) image.data.set([255, 255, 255, 255], i);
    const m = measurePixels(image);
    expect(m.entropyBits).toBeCloseTo(1, 6);
    expect(m.luminanceVariance).toBeCloseTo(0.25, 6);
  });

  it('counts transparent pixels', () => {
    expect(measurePixels(solid(4, 4, [10, 10, 10, 0])).transparentShare).toBe(1);
  });

  it('measures at an analysis copy with a long side of 512 px, never upscaling', () => {
    expect(analysisSize(4000, 3000)).toEqual({ width: 512, height: 384 });
    expect(analysisSize(300, 200)).toEqual({ width: 300, height: 200 });
    const m = measurePixels(solid(2048, 1536, [200, 100, 50]));
    expect([m.analysisWidth, m.analysisHeight]).toEqual([512, 384]);
    expect(m.meanLuminance).toBe(measurePixels(solid(8, 6, [200, 100, 50])).meanLuminance);
  });

  it('says its face region is a central-ellipse proxy', () => {
    expect(measurePixels(solid(4, 4, [1, 2, 3])).faceRegion).toBe('central-ellipse-proxy');
  });

  it('refuses data that is not width × height RGBA', () => {
    expect(() => measurePixels({ data: new Uint8ClampedArray(3), width: 2, height: 2 })).toThrow(RangeError);
  });
});

describe('variance of the Laplacian', () => {
  it('is 0 on a flat or linear image and large on a checkerboard', () => {
    expect(laplacianVariance(new Float32Array(25).fill(7), 5, 5)).toBe(0);
    const ramp = Float32Array.from({ length: 25 }, (_, i) => i % 5);
    expect(laplacianVariance(ramp, 5, 5)).toBe(0);
    const checker = Float32Array.from({ length: 36 }, (_, i) => ((i % 6) + Math.floor(i / 6)) % 2 ? 255 : 0);
    // Every interior response is +1020 or −1020 in equal numbers: variance 1020².
    expect(laplacianVariance(checker, 6, 6)).toBe(1020 ** 2);
  });
});

describe('exposureMask', () => {
  it('marks under-exposed −1 and over-exposed +1', () => {
    const image = solid(2, 1, [0, 0, 0]);
    image.data.set([255, 255, 255, 255], 4);
    expect(Array.from(exposureMask(image))).toEqual([-1, 1]);
  });
});
