import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { planQrPicture, QR_PICTURE_MAX_PIXELS, QR_READ_SIDE } from '../../shared/report/qr-picture';
import { pngOfSize } from './png-of-size';

const jpegOf = (width: number, height: number) => new Uint8Array(jpeg.encode({ data: Buffer.alloc(width * height * 4, 200), width, height }, 80).data);

describe('a picture of a QR code, judged from its header before decoding', () => {
  it('a 20000 × 20000 PNG (a small file) is refused as too large, at once', () => {
    const png = pngOfSize(20_000, 20_000);
    expect(png.length).toBeLessThan(3_000_000);
    const started = performance.now();
    expect(planQrPicture(png)).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(planQrPicture(pngOfSize(10_000, 10_000))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('a phone photo is read scaled down to the reading size, keeping its shape', () => {
    // 4000 × 3000: 12 MP, under the budget of QR_PICTURE_MAX_PIXELS.
    expect(4000 * 3000).toBeLessThan(QR_PICTURE_MAX_PIXELS);
    expect(planQrPicture(pngOfSize(4000, 3000))).toEqual({ ok: true, width: 4000, height: 3000, readWidth: QR_READ_SIDE, readHeight: 1500 });
  });

  it('a small picture is read as it is', () => {
    expect(planQrPicture(jpegOf(300, 200))).toEqual({ ok: true, width: 300, height: 200, readWidth: 300, readHeight: 200 });
  });

  it('bytes that are no picture are unreadable, not a crash', () => {
    expect(planQrPicture(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: 'unreadable' });
    expect(planQrPicture(new TextEncoder().encode('hello, not a picture at all'))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
