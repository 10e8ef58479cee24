import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { HELPER_QR_OPTIONS, helperQrSvg, helperQrText } from '../../shared/report/helper-qr';
import { encodeHelperCode, decodeHelperCode } from '../../shared/report/index';
import { readQrFromImage, type QrImage } from '../../shared/report/read-qr';
import { selfCheck, tijuanaFacts } from './self-check';

/** A QR module matrix as a screen shows it: `scale` pixels a module, black on white, RGBA. */
function rasterise(modules: boolean[][], scale: number): QrImage {
  const size = modules.length * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = ((y * scale + dy) * size + x * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }),
  );
  return { data, width: size, height: size };
}

const grouped = encodeHelperCode(selfCheck(tijuanaFacts()));
/** What the QR codes hold: the symbols without the dashes. */
const code = helperQrText(grouped);
const withPosition = helperQrText(encodeHelperCode(selfCheck(tijuanaFacts(), 'cbp-one', true)));

describe('the QR code of a helper code', () => {
  it('is small: alphanumeric mode fits a whole self-check in version 2 (25 × 25 modules) at level M', () => {
    expect(encode(code, HELPER_QR_OPTIONS).version).toBeLessThanOrEqual(2);
    expect(encode(withPosition, HELPER_QR_OPTIONS).version).toBeLessThanOrEqual(3);
  });

  it('draws as an SVG with one square for each dark module and the 4-module quiet zone', () => {
    const svg = helperQrSvg(code);
    expect(helperQrSvg(grouped), 'the dashes are left out').toBe(svg);
    expect(code).toBe(grouped.replaceAll('-', ''));
    expect(decodeHelperCode(code)).toEqual(decodeHelperCode(grouped));
    const qr = encode(code, HELPER_QR_OPTIONS);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1">/);
    expect(svg.match(/M\d+,\d+h8v8h-8z/g)?.length).toBe(qr.data.flat().filter(Boolean).length);
    expect(qr.data[0]!.slice(0, 4).some(Boolean)).toBe(false);
  });

  it('refuses text that is not a helper code (it would fall out of alphanumeric mode)', () => {
    expect(() => helperQrSvg(code.toLowerCase())).toThrow(RangeError);
    expect(() => helperQrSvg('')).toThrow(RangeError);
  });

  it('reads back from pixels with jsQR (scale 4, quiet zone) to the same text, which decodes', async () => {
    for (const text of [code, withPosition]) {
      const image = rasterise(encode(text, HELPER_QR_OPTIONS).data, 4);
      const read = await readQrFromImage(image);
      expect(read).toBe(text);
      expect(decodeHelperCode(read!).ok).toBe(true);
    }
  });

  it('reads a photo of a screen in dark mode (light modules on black)', async () => {
    const image = rasterise(encode(code, { ...HELPER_QR_OPTIONS, invert: true }).data, 4);
    expect(await readQrFromImage(image)).toBe(code);
  });

  it('is null when there is no QR code in the image', async () => {
    expect(await readQrFromImage({ data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 })).toBeNull();
  });
});

describe('reading a QR code with the platform', () => {
  class FakeImageData {
    constructor(
      readonly data: Uint8ClampedArray,
      readonly width: number,
      readonly height: number,
    ) {}
  }

  it("uses the browser's BarcodeDetector when there is one, asking for QR codes only", async () => {
    const asked: unknown[] = [];
    class Detector {
      constructor(options: { formats: string[] }) {
        asked.push(options);
      }
      async detect(image: unknown) {
        asked.push(image instanceof FakeImageData);
        return [{ rawValue: 'FROM-THE-BROWSER' }];
      }
    }
    const image = rasterise(encode(code, HELPER_QR_OPTIONS).data, 4);
    expect(await readQrFromImage(image, { BarcodeDetector: Detector, ImageData: FakeImageData })).toBe('FROM-THE-BROWSER');
    expect(asked).toEqual([{ formats: ['qr_code'] }, true]);
  });

  it('falls back to jsQR when the detector fails or finds nothing', async () => {
    const image = rasterise(encode(code, HELPER_QR_OPTIONS).data, 4);
    class Broken {
      async detect(): Promise<Array<{ rawValue: string }>> {
        throw new DOMException('no detector', 'NotSupportedError');
      }
    }
    class Blind {
      async detect() {
        return [];
      }
    }
    expect(await readQrFromImage(image, { BarcodeDetector: Broken, ImageData: FakeImageData })).toBe(code);
    expect(await readQrFromImage(image, { BarcodeDetector: Blind, ImageData: FakeImageData })).toBe(code);
  });
});

describe('the lazy entries', () => {
  it('load the drawing and the reading parts on demand', async () => {
    const { loadHelperQr, loadQrReader } = await import('../../shared/report/index');
    expect((await loadHelperQr()).helperQrSvg(code)).toBe(helperQrSvg(code));
    expect((await loadQrReader()).readQrFromImage).toBe(readQrFromImage);
  });
});
