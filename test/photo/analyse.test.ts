import { describe, expect, it } from 'vitest';
import { analysePhoto } from '../../shared/photo/analyse';
import { judge, profiles } from '../../shared/index';
import { photoBytes } from './decode';

/** A real phone JPEG whose frame header (SOF) is patched to claim width × height: a decompression bomb in miniature. */
function jpegHeader(width: number, height: number): Uint8Array {
  const bytes = photoBytes('whatsapp-no-exif.jpg').slice();
  for (let i = 2; i + 9 < bytes.length; i++) {
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      bytes.set([height >> 8, height & 0xff, width >> 8, width & 0xff], i + 5);
      return bytes;
    }
  }
  throw new Error('no SOF marker');
}

describe('analysePhoto reads the header first', () => {
  it('refuses to decode a 100 MP image over the pixel budget, without trying', async () => {
    const started = performance.now();
    const { facts, timings } = await analysePhoto(jpegHeader(12_000, 8_400), { budgetMegapixels: 50 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(facts.metadata).toMatchObject({ format: 'jpeg', width: 12_000, height: 8_400 });
    expect(facts.pixels).toBeNull();
    expect(facts.decodeError).toMatch(/pixel budget \(101 MP > 50 MP\)/);
    expect(timings.method).toBeNull();
    const file = judge({ photo: facts }, profiles['cbp-one']).find((f) => f.check === 'photo.file');
    expect(file).toMatchObject({ status: 'fail', message: { key: 'photo.file.overBudget' } });
  });

  it('does not decode what is not an image', async () => {
    const { facts } = await analysePhoto(new Uint8Array([1, 2, 3]), { budgetMegapixels: 50 });
    expect(facts.pixels).toBeNull();
    expect(facts.decodeError).toBeTruthy();
  });

  it('turns a decoder failure into a fact, not an exception', async () => {
    // Node has no createImageBitmap: the decode fails the way a browser fails on HEIC.
    const { facts } = await analysePhoto(jpegHeader(640, 480), { budgetMegapixels: 50 });
    expect(facts.pixels).toBeNull();
    expect(facts.decodeError).toMatch(/Error/);
  });
});
