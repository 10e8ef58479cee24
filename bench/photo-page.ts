// Loaded by bench/photo.ts in headless Chromium through Vite's dev server.
import { analysePhoto } from '../shared/photo/analyse';
import { createPhotoClient, fixInWorker } from '../shared/photo/client';
import { makeAppReadyCopy } from '../shared/photo/fixer';

declare global {
  interface Window {
    listoBench: unknown;
  }
}

/** The photos made in this page, by name: kept here so the big buffers cross to Node only once. */
const photos = new Map<string, Uint8Array>();

/** Chroma subsampling from the JPEG's SOF marker: "4:2:0" when Cb/Cr are sampled at half of Y both ways. */
function sampling(bytes: Uint8Array): string {
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) return 'unknown';
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xc3) {
      const y = bytes[i + 11]!;
      const cb = bytes[i + 14]!;
      const [yh, yv, ch, cv] = [y >> 4, y & 15, cb >> 4, cb & 15];
      return yh === 2 * ch && yv === 2 * cv ? '4:2:0' : yh === ch && yv === cv ? '4:4:4' : `${yh}x${yv}/${ch}x${cv}`;
    }
    i += 2 + length;
  }
  return 'unknown';
}

/**
 * A phone-sized photo: a real photo drawn at width × height, with sensor-like
 * noise and fine texture added so it compresses like a camera's JPEG (3–5 MB),
 * not like a smooth upscale (which would be tiny and decode fast). The
 * quality is stepped until the size is in range.
 */
async function makePhoneJpeg(name: string, fixture: number[], width: number, height: number): Promise<{ bytes: number; quality: number; sampling: string; base64: string }> {
  const bitmap = await createImageBitmap(new Blob([Uint8Array.from(fixture)], { type: 'image/jpeg' }));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0, width, height);
  const image = context.getImageData(0, 0, width, height);
  const data = image.data;
  let seed = 12345;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    const grain = ((seed >>> 24) % 19) - 9; // luminance noise
    const p = i >> 2;
    const texture = ((p % width) * 7 + Math.floor(p / width) * 13) % 9 === 0 ? 6 : 0; // fine pattern, like fabric or foliage
    data[i] = data[i]! + grain + texture;
    data[i + 1] = data[i + 1]! + grain + texture;
    data[i + 2] = data[i + 2]! + grain + ((seed >>> 8) % 5) - 2;
  }
  context.putImageData(image, 0, 0);
  let quality = 0.9;
  let bytes = new Uint8Array();
  for (let attempt = 0; attempt < 5; attempt++) {
    bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
    const mb = bytes.length / 1e6;
    if (mb >= 3 && mb <= 5) break;
    quality = Math.min(0.98, Math.max(0.5, quality + (mb < 3 ? 0.04 : -0.06)));
  }
  photos.set(name, bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { bytes: bytes.length, quality, sampling: sampling(bytes), base64: btoa(binary) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The analysis alone (metadata, reduced decode, metrics) on this thread, median of `runs` after a warm-up. */
async function analyse(name: string, method: 'image-decoder' | 'create-image-bitmap' | 'full', runs: number) {
  const bytes = photos.get(name)!;
  const totals: number[] = [];
  const decodes: number[] = [];
  const measures: number[] = [];
  let used = '';
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const { timings } = await analysePhoto(bytes, { budgetMegapixels: 50, method });
    if (i === 0) continue;
    totals.push(performance.now() - t);
    decodes.push(timings.decodeMs);
    measures.push(timings.measureMs);
    used = timings.method ?? 'none';
  }
  return { used, total: median(totals), decode: median(decodes), measure: median(measures) };
}

const LIMITS = { maxSide: 2000, maxBytes: 1_500_000, maxMegapixels: 2.1, minSide: 300, minBytes: 50_000, formats: ['jpeg', 'png'] };

/** One fixer run; `how`: ours in the worker, or the shipped-before path (browser-image-compression, full-size canvas). */
async function fix(name: string, how: 'worker' | 'compression') {
  const bytes = photos.get(name)!;
  const [width, height] = name === '24mp' ? [6000, 4000] : [4000, 3000];
  const t = performance.now();
  if (how === 'worker') {
    const r = await fixInWorker(bytes, 'image/jpeg', { ...LIMITS, format: 'jpeg', width, height, orientation: 1 }, () => {});
    return { ms: performance.now() - t, size: r.blob.size, dims: `${r.width}×${r.height}`, attempts: r.attempts };
  }
  const imageCompression = (await import('browser-image-compression')).default;
  const out = await imageCompression(new File([bytes as BlobPart], 'photo.jpg', { type: 'image/jpeg' }), {
    maxSizeMB: (LIMITS.maxBytes * 0.9) / (1024 * 1024),
    maxWidthOrHeight: LIMITS.maxSide,
    useWebWorker: false,
    fileType: 'image/jpeg',
    initialQuality: 0.9,
  });
  return { ms: performance.now() - t, size: out.size, dims: '', attempts: 1 };
}

/** The same-code fixer on this thread, for comparison with the worker's wall time. */
async function fixHere(name: string) {
  const bytes = photos.get(name)!;
  const [width, height] = name === '24mp' ? [6000, 4000] : [4000, 3000];
  const t = performance.now();
  await makeAppReadyCopy(new Blob([bytes as BlobPart], { type: 'image/jpeg' }), { ...LIMITS, format: 'jpeg', width, height, orientation: 1 });
  return performance.now() - t;
}

/**
 * The first photo in a worker of its own, as a person's first photo runs: `warm` first readies the worker as the
 * app does when the photo step is shown (warmPhotoPath), else the photo starts it cold. Wall times on this page's
 * clock, and the worker's own analysis time (metadata, decode, face, metrics) for the ratio.
 */
async function firstPhoto(name: string, warm: boolean) {
  const bytes = photos.get(name)!;
  const client = createPhotoClient();
  const t0 = performance.now();
  if (warm) await client.warm();
  const t1 = performance.now();
  const { timings } = await client.analyse(bytes, { budgetMegapixels: 50 });
  const t2 = performance.now();
  return { warmMs: t1 - t0, photoMs: t2 - t1, analysisMs: timings.metadataMs + timings.decodeMs + (timings.faceMs ?? 0) + timings.measureMs };
}

window.listoBench = { makePhoneJpeg, analyse, fix, fixHere, firstPhoto, gc: () => (globalThis as unknown as { gc?: () => void }).gc?.() };
