import { describe, expect, it } from 'vitest';
import { checkIdsOf, judge, profiles, readPhotoMetadata, type Facts, type Finding, type PhotoMetadata } from '../../shared/index';
import { photoFile } from '../../shared/checks/photo-file';
import { photoBytes } from '../photo/decode';
import { blankMetadata } from '../../shared/photo/blank-metadata';

const cbp = profiles['cbp-one'];
const fileFinding = (photo: NonNullable<Facts['photo']>, profile = cbp): Finding => photoFile.judge({ photo }, profile);
const blankPng = (): PhotoMetadata => blankMetadata(120_000, 'png');
const metaOf = async (name: string) => readPhotoMetadata(photoBytes(name));

describe('photo.file: can the app take this file?', () => {
  it('passes a phone JPEG within the limits, naming format, size and kilobytes', async () => {
    const finding = fileFinding({ metadata: await metaOf('sony-xperia-d5803.jpg') });
    expect(finding).toMatchObject({ status: 'pass', message: { key: 'photo.file.pass', params: { format: 'JPEG', width: 720, height: 1280, kb: 119 } } });
  });

  it('warns about a 13 MP, 893 KB photo over 2000 px and offers the app-ready copy', async () => {
    const finding = fileFinding({ metadata: await metaOf('xiaomi-mi3-overexposed-blurry.jpg') });
    expect(finding).toMatchObject({ status: 'warn', message: { key: 'photo.file.tooManyPixels', params: { maxSide: 2000 } }, fixes: ['photo.make-app-ready'] });
  });

  it('never offers a copy no screen can make: a 10000×10000 PNG over the decode budget is "take a new photo" only', () => {
    const metadata: PhotoMetadata = { ...blankPng(), width: 10_000, height: 10_000, bytes: 120_000 };
    const finding = fileFinding({ metadata });
    expect(finding.message.key).toBe('photo.file.overBudget');
    expect([finding.message, ...(finding.details ?? [])].map((m) => m.key)).not.toEqual(expect.arrayContaining(['photo.file.tooManyPixels']));
    expect([finding.message, ...(finding.details ?? [])].map((m) => m.key)).not.toContain('photo.file.formatNotAccepted');
    expect(finding.fixes).toEqual(['photo.retake-still']);
  });

  it('warns when the file is over the byte limit', async () => {
    const metadata = { ...(await metaOf('motorola-xt912-leaves.jpg')) };
    const finding = fileFinding({ metadata });
    expect(finding.status).toBe('warn');
    expect([finding.message, ...(finding.details ?? [])].map((m) => m.key)).toContain('photo.file.tooBig');
  });

  it('fails an iPhone HEIC; where the browser cannot decode it (Chrome), the fix is "Most Compatible"', async () => {
    const finding = fileFinding({ metadata: await metaOf('iphone-xr-gps-orientation6.heic'), decodeError: 'HEIC cannot be decoded here' });
    expect(finding).toMatchObject({ status: 'fail', message: { key: 'photo.file.heic', params: { decodable: 'no' } } });
    expect(finding.fixes[0]).toBe('photo.use-jpeg');
    expect(finding.fixes).not.toContain('photo.make-app-ready');
  });

  it('offers the Listo JPEG copy first for a HEIC the browser could decode (Safari 17+)', async () => {
    const pixels = { meanLuminance: 60 } as NonNullable<NonNullable<Facts['photo']>['pixels']>;
    const finding = fileFinding({ metadata: await metaOf('iphone-xr-gps-orientation6.heic'), pixels });
    expect(finding.message.params).toEqual({ decodable: 'yes' });
    expect(finding.fixes.slice(0, 2)).toEqual(['photo.make-app-ready', 'photo.use-jpeg']);
  });

  it('fails an animated GIF: not a still photo', async () => {
    const finding = fileFinding({ metadata: await metaOf('animated.gif') });
    expect(finding.status).toBe('fail');
    expect([finding.message, ...(finding.details ?? [])].map((m) => m.key)).toEqual(
      expect.arrayContaining(['photo.file.formatNotAccepted', 'photo.file.animated', 'photo.file.tooFewPixels']),
    );
  });

  it('warns that a transparent PNG may turn black, and that 200×150 is too small', async () => {
    const finding = fileFinding({ metadata: await metaOf('transparent.png') });
    const keys = [finding.message, ...(finding.details ?? [])].map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['photo.file.tooFewPixels', 'photo.file.transparent']));
  });

  it('fails an empty file and a non-image with clear messages', async () => {
    expect(fileFinding({ metadata: await readPhotoMetadata(new Uint8Array()) }).message.key).toBe('photo.file.empty');
    expect(fileFinding({ metadata: await readPhotoMetadata(new TextEncoder().encode('%PDF-1.7')) }).message.key).toBe('photo.file.notImage');
  });

  it('fails a photo the browser could not decode (truncated JPEG)', async () => {
    const metadata = await readPhotoMetadata(photoBytes('nokia-lumia820-gps.jpg').slice(0, 60_000));
    const finding = fileFinding({ metadata, decodeError: 'The source image cannot be decoded.' });
    expect(finding).toMatchObject({ status: 'fail', message: { key: 'photo.file.cannotDecode' } });
  });

  it('refuses a 100 MP image over the decode budget, read from the header alone', () => {
    const metadata: PhotoMetadata = {
      format: 'jpeg', width: 12_000, height: 8_400, bytes: 30_000_000, orientation: 1, orientationTagged: false, capturedAt: null,
      offsetTime: null, hasGps: false, gps: null, make: null, model: null, software: null, animated: false, hasAlpha: false,
    };
    const finding = fileFinding({ metadata, decodeError: 'over the pixel budget' });
    expect(finding).toMatchObject({ status: 'fail', message: { key: 'photo.file.overBudget', params: { megapixels: 101 } } });
    expect(finding.evidence.decodeError).toBe('over the pixel budget');
  });

  it('cites the documented reference for every file limit, and says CBP One publishes none', () => {
    for (const rule of [cbp.photo.maxBytes, cbp.photo.minBytes, cbp.photo.maxSide, cbp.photo.minSide, cbp.photo.maxMegapixels, cbp.photo.formats]) {
      expect(rule.source).toMatch(/No public CBP One/);
      expect(rule.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(profiles['selfie-generic'].photo.maxBytes.source).toMatch(/Yoti/);
  });

  it('is part of both profiles with every photo check, and judge runs them on facts.photo', async () => {
    for (const profile of Object.values(profiles)) {
      expect(checkIdsOf(profile)).toEqual(expect.arrayContaining(['photo.file', 'photo.exposure', 'photo.contrast', 'photo.sharpness', 'photo.backlight', 'photo.orientation', 'photo.metadata']));
    }
    const findings = judge({ photo: { metadata: await metaOf('canon-face.jpg') } }, cbp);
    expect(findings.every((f) => f.check.startsWith('photo.'))).toBe(true);
  });
});
