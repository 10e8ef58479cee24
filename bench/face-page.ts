// Loaded by bench/face.ts in headless Chromium through Vite's dev server.
import { analysePhoto } from '../shared/photo/analyse';
import { decodeForAnalysis } from '../shared/photo/decode';
import { SELFIE_DETECTION, detectFaces } from '../shared/photo/face/detect';
import { loadFaceModels } from '../shared/photo/face/load';
import { ANALYSIS_LONG_SIDE } from '../shared/photo/pixels/measure';

declare global {
  interface Window {
    listoFaceBench: unknown;
  }
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** Upscales a real photo to width × height and encodes it as a JPEG, like a 12 MP phone photo. */
async function makeJpeg(bytes: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

async function decode(jpeg: Uint8Array) {
  const bitmap = await createImageBitmap(new Blob([jpeg as BlobPart], { type: 'image/jpeg' }));
  const { width, height } = bitmap;
  bitmap.close();
  return decodeForAnalysis({ bytes: jpeg, format: 'jpeg', width, height, longSide: ANALYSIS_LONG_SIDE });
}

/** Listo's own runtime over face-api's weights. */
async function ours(fixture: number[], runs: number): Promise<Record<string, unknown>> {
  const jpeg = await makeJpeg(Uint8Array.from(fixture), 4240, 2826);
  const h0 = heap();
  let t = performance.now();
  const models = await loadFaceModels();
  const loadMs = performance.now() - t;
  const modelHeap = heap() - h0;
  const { image } = await decode(jpeg);
  const out: Record<string, unknown> = { bytes12mp: jpeg.length, analysis: `${image.width}×${image.height}`, loadMs, modelHeapBytes: modelHeap };
  for (const inputSize of [224, 320, 416]) {
    const times: number[] = [];
    const withDecode: number[] = [];
    let faces = 0;
    for (let i = 0; i < runs + 1; i++) {
      t = performance.now();
      const r = detectFaces(image, models, { inputSize });
      const dt = performance.now() - t;
      const t2 = performance.now();
      const { image: again } = await decode(jpeg);
      detectFaces(again, models, { inputSize });
      const dt2 = performance.now() - t2;
      if (i === 0) continue;
      times.push(dt);
      withDecode.push(dt2);
      faces = r.faces.length;
    }
    out[`s${inputSize}`] = { detect: med(times), withDecode: med(withDecode), faces };
  }
  const noLandmarks: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    detectFaces(image, models, { inputSize: 224, landmarks: false });
    noLandmarks.push(performance.now() - t);
  }
  out.s224NoLandmarks = med(noLandmarks);
  // The shipped plan (SELFIE_DETECTION): a face found at once costs the first pass; a photo with none runs every fallback.
  const plain = { data: new Uint8ClampedArray(image.width * image.height * 4).fill(128), width: image.width, height: image.height };
  const shippedFound: number[] = [];
  const shippedNone: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    t = performance.now();
    detectFaces(image, models, SELFIE_DETECTION);
    const found = performance.now() - t;
    t = performance.now();
    detectFaces(plain, models, SELFIE_DETECTION);
    const none = performance.now() - t;
    if (i === 0) continue;
    shippedFound.push(found);
    shippedNone.push(none);
  }
  out.shipped = { found: med(shippedFound), none: med(shippedNone), passes: 1 + SELFIE_DETECTION.fallbacks.length };
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    t = performance.now();
    await analysePhoto(jpeg, { budgetMegapixels: 50, face: false });
    const b = performance.now() - t;
    t = performance.now();
    await analysePhoto(jpeg, { budgetMegapixels: 50 });
    const a = performance.now() - t;
    if (i === 0) continue;
    before.push(b);
    after.push(a);
  }
  out.analyse = { before: med(before), after: med(after) };
  return out;
}

interface FaceApi {
  tf: {
    setBackend(name: string): Promise<boolean>;
    ready(): Promise<void>;
    getBackend(): string;
    browser: { fromPixels(source: ImageBitmap): { dispose(): void } };
  };
  nets: { tinyFaceDetector: { loadFromUri(uri: string): Promise<void> }; faceLandmark68TinyNet: { loadFromUri(uri: string): Promise<void> } };
  TinyFaceDetectorOptions: new (options: { inputSize: number }) => unknown;
  detectAllFaces(input: unknown, options: unknown): { withFaceLandmarks(tiny: boolean): Promise<unknown[]> };
}

/** The candidate: @vladmandic/face-api's own bundle (tfjs 4 inside), same weights, same image. */
async function faceApi(fixture: number[], runs: number, backend: string): Promise<Record<string, unknown>> {
  const h0 = heap();
  let t = performance.now();
  // The candidate's own bundle (tfjs inside); typed loosely: only the bench touches it.
  const faceapi = (await import('@vladmandic/face-api/dist/face-api.esm.js')) as unknown as FaceApi;
  const ok = await faceapi.tf.setBackend(backend).catch(() => false);
  await faceapi.tf.ready();
  if (!ok) return { backend, error: 'backend not available' };
  const base = new URL('/node_modules/@vladmandic/face-api/model/', location.href).href;
  await faceapi.nets.tinyFaceDetector.loadFromUri(base);
  await faceapi.nets.faceLandmark68TinyNet.loadFromUri(base);
  const loadMs = performance.now() - t;
  const jpeg = await makeJpeg(Uint8Array.from(fixture), 4240, 2826);
  const { image } = await decode(jpeg);
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  const tensor = faceapi.tf.browser.fromPixels(canvas.transferToImageBitmap());
  const out: Record<string, unknown> = { backend: faceapi.tf.getBackend(), loadMs, heapBytes: heap() - h0 };
  for (const inputSize of [224, 320, 416]) {
    const times: number[] = [];
    let faces = 0;
    for (let i = 0; i < runs + 1; i++) {
      t = performance.now();
      const r = await faceapi.detectAllFaces(tensor, new faceapi.TinyFaceDetectorOptions({ inputSize })).withFaceLandmarks(true);
      if (i > 0) times.push(performance.now() - t);
      faces = r.length;
    }
    out[`s${inputSize}`] = { detect: med(times), faces };
  }
  tensor.dispose();
  return out;
}

window.listoFaceBench = { ours, faceApi };
