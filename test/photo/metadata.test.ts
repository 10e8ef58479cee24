import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPhotoMetadata } from '../../shared/index';
import { cleanText, countGifFrames, sniffFormat } from '../../shared/photo/metadata';
import { PHOTOS, photoBytes } from './decode';

interface ExifToolRow {
  SourceFile: string;
  FileType: string;
  ImageWidth: number;
  ImageHeight: number;
  Orientation?: number;
  DateTimeOriginal?: string;
  OffsetTimeOriginal?: string;
  GPSLatitude?: number;
  GPSLongitude?: number;
  Make?: string;
  Model?: string;
  Software?: string | number;
}

const reference: ExifToolRow[] = JSON.parse(readFileSync(new URL('exiftool.json', PHOTOS), 'utf8'));
const FORMAT: Record<string, string> = { JPEG: 'jpeg', PNG: 'png', GIF: 'gif', HEIC: 'heic', 'Extended WEBP': 'webp' };

describe('readPhotoMetadata agrees with ExifTool on every real fixture', () => {
  for (const row of reference) {
    it(row.SourceFile, async () => {
      const bytes = photoBytes(row.SourceFile);
      const meta = await readPhotoMetadata(bytes);
      expect(meta.error).toBeUndefined();
      expect(meta.format).toBe(FORMAT[row.FileType]);
      expect(meta.bytes).toBe(bytes.length);
      expect([meta.width, meta.height]).toEqual([row.ImageWidth, row.ImageHeight]);
      expect(meta.orientation).toBe(row.Orientation ?? 1);
      expect(meta.orientationTagged).toBe(row.Orientation !== undefined);
      expect(meta.capturedAt).toBe(row.DateTimeOriginal ?? null);
      expect(meta.offsetTime).toBe(row.OffsetTimeOriginal ?? null);
      expect(meta.hasGps).toBe(row.GPSLatitude !== undefined);
      if (row.GPSLatitude !== undefined) {
        expect(meta.gps!.lat).toBeCloseTo(row.GPSLatitude, 4);
        expect(meta.gps!.lon).toBeCloseTo(row.GPSLongitude!, 4);
      }
      expect(meta.make).toBe(row.Make ?? null);
      expect(meta.model).toBe(row.Model ?? null);
      // ExifTool writes numeric-looking text as numbers, and all-NUL text as "".
      const software = row.Software === undefined || row.Software === '' ? null : String(row.Software);
      expect(meta.software).toBe(software);
    });
  }

  it('reads the pixel size from the header, not the stale EXIF claim (3264×2448)', async () => {
    const meta = await readPhotoMetadata(photoBytes('iphone4s-gps-orientation6.jpg'));
    expect([meta.width, meta.height]).toEqual([205, 102]);
  });

  it('tells animation and transparency apart', async () => {
    await expect(readPhotoMetadata(photoBytes('animated.gif'))).resolves.toMatchObject({ animated: true });
    await expect(readPhotoMetadata(photoBytes('transparent.png'))).resolves.toMatchObject({ hasAlpha: true, animated: false });
    await expect(readPhotoMetadata(photoBytes('canon-face.jpg'))).resolves.toMatchObject({ hasAlpha: false, animated: false });
    expect(countGifFrames(photoBytes('animated.gif'))).toBe(2);
  });
});

describe('readPhotoMetadata never throws', () => {
  it('says an empty file is empty', async () => {
    const meta = await readPhotoMetadata(new Uint8Array());
    expect(meta).toMatchObject({ format: 'unknown', bytes: 0, width: 0, height: 0, hasGps: false });
    expect(meta.error).toMatch(/empty/);
  });

  it('says a text file is not an image, whatever its name', async () => {
    const meta = await readPhotoMetadata(new TextEncoder().encode('<html><script>alert(1)</script></html>'));
    expect(meta.format).toBe('unknown');
    expect(meta.error).toBeTruthy();
  });

  it('returns quickly with what it could read from a truncated JPEG', async () => {
    const whole = photoBytes('nokia-lumia820-gps.jpg');
    for (const cut of [3, 20, 200, 2000, 20_000]) {
      const started = performance.now();
      const meta = await readPhotoMetadata(whole.slice(0, cut));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(meta.format).toBe('jpeg');
      expect(meta.bytes).toBe(cut);
    }
  });

  it('survives random bytes behind a JPEG or HEIC signature', async () => {
    let seed = 7;
    const noise = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    for (const head of [[0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff], [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]]) {
      const bytes = new Uint8Array([...head, ...noise(5000)]);
      const started = performance.now();
      const meta = await readPhotoMetadata(bytes);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(meta.bytes).toBe(bytes.length);
    }
  });

  it('reads the truncated iPhone HEIC metadata even though its image data is cut', async () => {
    const meta = await readPhotoMetadata(photoBytes('iphone7-gps-truncated.heic'));
    expect(meta).toMatchObject({ format: 'heic', width: 4032, height: 3024, hasGps: true });
  });
});

describe('helpers', () => {
  it('sniffs the format from the bytes', () => {
    expect(sniffFormat(photoBytes('nikon-d5300-gps.webp'))).toBe('webp');
    expect(sniffFormat(photoBytes('iphone-xr-gps-orientation6.heic'))).toBe('heic');
    expect(sniffFormat(new Uint8Array([1, 2, 3]))).toBe('unknown');
  });

  it('cuts EXIF text at the first NUL and trims padding', () => {
    expect(cleanText('\0\0\0\0')).toBeNull();
    expect(cleanText('Ver.1.03 ')).toBe('Ver.1.03');
    expect(cleanText('abc\0junk')).toBe('abc');
    expect(cleanText(14.4)).toBe('14.4');
  });
});
