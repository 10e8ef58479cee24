// Loaded by bench/photo.ts in headless Chromium through Vite's dev server.
import { analysePhoto } from '../shared/photo/analyse';
import { fixInWorker } from '../shared/photo/client';
import { makeAppReadyCopy } from '../shared/photo/fixer';

declare global {
  interface Window {
    listoBench: unknown;
  }
}

/** Upscales a real photo to width × height and encodes it as a JPEG, like a 12 MP phone photo. */
async function makeJpeg(bytes: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

const api = { analysePhoto, fixInWorker, makeAppReadyCopy, makeJpeg };

/** Runs the browser half of the benchmark on a real photo's bytes; returns medians in ms. */
async function run(fixture: number[]): Promise<Record<string, unknown>> {
      const jpegBytes = await api.makeJpeg(Uint8Array.from(fixture), 4000, 3000);
      const runs = 9;
      const out: Record<string, unknown> = { bytes12mp: jpegBytes.length, hasImageDecoder: 'ImageDecoder' in globalThis };
      for (const method of ['image-decoder', 'create-image-bitmap', 'full'] as const) {
        const totals: number[] = [];
        const decodes: number[] = [];
        const measures: number[] = [];
        let used = '';
        for (let i = 0; i < runs + 1; i++) {
          const t = performance.now();
          const { timings } = await api.analysePhoto(jpegBytes, { budgetMegapixels: 50, method });
          if (i === 0) continue; // warm-up
          totals.push(performance.now() - t);
          decodes.push(timings.decodeMs);
          measures.push(timings.measureMs);
          used = timings.method ?? "none";
        }
        const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        out[method] = { used, total: med(totals), decode: med(decodes), measure: med(measures) };
      }
      const limits = { maxSide: 2000, maxBytes: 1_500_000 };
      const fixWorker: number[] = [];
      const fixMain: number[] = [];
      let size = 0;
      let dims = '';
      for (let i = 0; i < 4; i++) {
        let t = performance.now();
        const r = await api.fixInWorker(jpegBytes, 'image/jpeg', limits, () => {});
        if (i > 0) fixWorker.push(performance.now() - t);
        size = r.blob.size;
        dims = `${r.width}×${r.height} in ${r.attempts} attempt(s)`;
        t = performance.now();
        await api.makeAppReadyCopy(new Blob([jpegBytes as BlobPart], { type: 'image/jpeg' }), limits);
        if (i > 0) fixMain.push(performance.now() - t);
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      out.fix = { worker: med(fixWorker), main: med(fixMain), size, dims };
      return out;
}

window.listoBench = { run };
