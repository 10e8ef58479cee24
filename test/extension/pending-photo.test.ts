import { describe, expect, it } from 'vitest';
import {
  MAX_PENDING_PHOTO_BYTES,
  PENDING_PHOTO_KEY,
  base64ToBytes,
  bytesToBase64,
  onPendingPhoto,
  photoName,
  putPendingPhoto,
  putPendingRefusal,
  takePending,
  takePendingPhoto,
  type PendingPhoto,
  type PendingRefusal,
} from '../../extension/pending-photo';
import { fakeSessionChrome } from './fake-chrome';

const jpeg = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i < 3 ? [0xff, 0xd8, 0xff][i]! : i % 251));

describe('a photo on its way from a page to the panel', () => {
  it('is kept in chrome.storage.session as JSON, under listo.pendingPhoto, and taken once', async () => {
    const chrome = fakeSessionChrome();
    const bytes = jpeg(70_000);
    await expect(putPendingPhoto(chrome, { bytes, type: 'image/jpeg', name: 'selfie.jpg' }, 1000)).resolves.toBeNull();
    expect(chrome.session.get(PENDING_PHOTO_KEY)).toMatchObject({ kind: 'photo', type: 'image/jpeg', name: 'selfie.jpg', at: 1000 });
    const photo = await takePendingPhoto(chrome);
    expect(photo?.name).toBe('selfie.jpg');
    expect(photo?.type).toBe('image/jpeg');
    expect(Buffer.from(photo!.bytes).equals(Buffer.from(bytes))).toBe(true);
    await expect(takePendingPhoto(chrome)).resolves.toBeNull();
    expect(chrome.session.has(PENDING_PHOTO_KEY)).toBe(false);
  });

  it('is refused, with its size, when base64 would not fit the 10 MB session store', async () => {
    const chrome = fakeSessionChrome();
    const tooLarge = new Uint8Array(MAX_PENDING_PHOTO_BYTES + 1);
    await expect(putPendingPhoto(chrome, { bytes: tooLarge, type: 'image/jpeg', name: 'big.jpg' })).resolves.toEqual({ reason: 'too-large', size: MAX_PENDING_PHOTO_BYTES + 1 });
    // The largest accepted photo, as stored, fits chrome.storage.session.QUOTA_BYTES with room to spare.
    expect(4 * Math.ceil(MAX_PENDING_PHOTO_BYTES / 3) + 1024).toBeLessThan(10_485_760);
    await expect(takePendingPhoto(chrome)).resolves.toBeNull();
    await expect(takePending(chrome)).resolves.toEqual({ kind: 'refused', refusal: { reason: 'too-large', size: MAX_PENDING_PHOTO_BYTES + 1 } });
  });

  it('is refused when it is not a picture', async () => {
    const chrome = fakeSessionChrome();
    await expect(putPendingPhoto(chrome, { bytes: jpeg(10), type: 'text/html', name: 'x' })).resolves.toEqual({ reason: 'not-image' });
  });

  it('reaches a panel that is already open, through storage.onChanged, once', async () => {
    const chrome = fakeSessionChrome();
    const photos: PendingPhoto[] = [];
    const refusals: PendingRefusal[] = [];
    const stop = onPendingPhoto(chrome, (photo) => photos.push(photo), (refusal) => refusals.push(refusal));
    await putPendingPhoto(chrome, { bytes: jpeg(100), type: 'image/png', name: 'a.png' });
    await putPendingRefusal(chrome, { reason: 'unreadable', url: 'https://cdn.example.org/a.jpg' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(photos.map((p) => p.name)).toEqual(['a.png']);
    expect(refusals).toEqual([{ reason: 'unreadable', url: 'https://cdn.example.org/a.jpg' }]);
    // Taking as the panel opens while the change arrives: the photo is given once.
    await putPendingPhoto(chrome, { bytes: jpeg(100), type: 'image/png', name: 'b.png' });
    const [early] = await Promise.all([takePending(chrome), new Promise((resolve) => setTimeout(resolve, 10))]);
    const given = [...(early?.kind === 'photo' ? [early.photo.name] : []), ...photos.map((p) => p.name)];
    expect(given.filter((name) => name === 'b.png')).toHaveLength(1);
    stop();
    expect(chrome.listeners.size).toBe(0);
  });

  it('ignores a broken record instead of failing', async () => {
    const chrome = fakeSessionChrome();
    chrome.session.set(PENDING_PHOTO_KEY, { kind: 'photo', base64: '!!not base64', type: 'image/jpeg', name: 'x' });
    await expect(takePending(chrome)).resolves.toBeNull();
    chrome.session.set(PENDING_PHOTO_KEY, 'garbage');
    await expect(takePendingPhoto(chrome)).resolves.toBeNull();
  });

  it('carries bytes through base64 unchanged, photo-sized too', () => {
    const bytes = Uint8Array.from({ length: 300_001 }, (_, i) => (i * 7) % 256);
    expect(Buffer.from(base64ToBytes(bytesToBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('is named after its address', () => {
    expect(photoName('https://mail.example.org/att/IMG_2041.JPG?x=1', 'image/jpeg')).toBe('IMG_2041.JPG');
    expect(photoName('https://example.org/photo', 'image/jpeg')).toBe('photo.jpg');
    expect(photoName('data:image/png;base64,AAAA', 'image/png')).toBe('listo-photo.png');
    expect(photoName('blob:https://example.org/1234-5678', 'image/webp')).toBe('listo-photo.webp');
  });
});
