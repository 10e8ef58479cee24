// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { measurePixels, profiles, readPhotoMetadata, type RgbaImage } from '../../shared/index';
import { createPhotoClient, type WorkerLike } from '../../shared/photo/client';
import { downscale } from '../../shared/photo/pixels/measure';
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { backlight } from '../photo/edits';
import { createTranslator } from '../../shared/catalogues';
import { createPhotoSection } from '../../shared/ui/index';
import { renderExposurePicture, renderHistogram } from '../../shared/ui/photo-picture';

const view = (language: 'en' | 'es' | 'ht' = 'en') => ({
  translator: createTranslator(language),
  profile: profiles['cbp-one'],
  platform: 'android' as const,
  onPlatformChange: () => {},
});

describe('the photo section', () => {
  it('offers a selfie with the front camera and a photo from the gallery (PWA)', () => {
    const section = createPhotoSection({ capture: true, now: () => 0 });
    section.render(view());
    const take = section.element.querySelector<HTMLInputElement>('#photo-take')!;
    expect(take.getAttribute('capture')).toBe('user');
    expect(take.getAttribute('accept')).toBe('image/*');
    expect(section.element.querySelector('#photo-choose')!.hasAttribute('capture')).toBe(false);
    expect(section.element.textContent).toContain('Take a selfie');
    // No CBP One photo spec exists: the person is told where the limits come from.
    expect(section.element.querySelector('#photo-rules')!.textContent).toBe(
      'CBP One publishes no photo rules. Listo uses the limits of a published selfie specification (Yoti): at most 1500 KB and 2000 pixels a side.',
    );
  });

  it('offers only "choose" and a drop area in the extension', () => {
    const section = createPhotoSection({ dropZone: true, now: () => 0 });
    section.render(view('es'));
    expect(section.element.querySelector('#photo-take')).toBeNull();
    expect(section.element.textContent).toContain('Elegir una foto');
    expect(section.element.querySelector('.photo-section__drop')).not.toBeNull();
  });
});

describe('the luminance histogram', () => {
  it('draws the accepted band between the exposure limits and marks the mean', () => {
    const histogram = Array.from({ length: 256 }, (_, i) => (i === 60 ? 1 : 0));
    const figure = renderHistogram(histogram, 60, createTranslator('ht'));
    const accepted = figure.querySelector('[data-band="accepted"]')!;
    expect([accepted.getAttribute('x'), accepted.getAttribute('width')]).toEqual(['26', '221']);
    expect(figure.querySelector('[data-mean]')!.getAttribute('data-mean')).toBe('60.0');
    expect(figure.querySelector('svg')!.getAttribute('aria-label')).toContain('Limyè');
  });
});

describe('the exposure picture', () => {
  /** happy-dom draws nothing: a 2D context that records the frames stroked on it stands in. */
  function recordingCanvas(): Array<[number, number, number, number, string]> {
    const frames: Array<[number, number, number, number, string]> = [];
    const context = {
      strokeStyle: '',
      lineWidth: 1,
      putImageData: () => {},
      strokeRect(x: number, y: number, w: number, h: number) {
        frames.push([x, y, w, h, this.strokeStyle]);
      },
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    vi.stubGlobal('ImageData', class { constructor(readonly data: Uint8ClampedArray, readonly width: number, readonly height: number) {} });
    return frames;
  }
  const grey = (width: number, height: number): RgbaImage => ({ data: new Uint8ClampedArray(width * height * 4).fill(128), width, height });

  it('frames the face the light was measured on, in the picture\'s own pixels, and says so in its caption', () => {
    const frames = recordingCanvas();
    const figure = renderExposurePicture(grey(300, 400), createTranslator('es'), { x: 80, y: 100, width: 120, height: 150 });
    expect(frames.at(-1)).toEqual([80, 100, 120, 150, '#ffd600']);
    expect(figure.dataset.faceBox).toBe('80,100,120,150');
    expect(figure.querySelector('figcaption')!.textContent).toContain('El marco amarillo es la cara');
    vi.restoreAllMocks();
  });

  it('draws a face cut off by the edge only where it lies inside the picture', () => {
    const frames = recordingCanvas();
    renderExposurePicture(grey(300, 400), createTranslator('en'), { x: -40, y: 350, width: 120, height: 150 });
    expect(frames.at(-1)!.slice(0, 4)).toEqual([0, 350, 80, 50]);
    vi.restoreAllMocks();
  });

  it('draws no frame and claims none where no face was found', () => {
    const frames = recordingCanvas();
    const figure = renderExposurePicture(grey(300, 400), createTranslator('en'));
    expect(frames).toEqual([]);
    expect(figure.dataset.faceBox).toBeUndefined();
    expect(figure.querySelector('figcaption')!.textContent).not.toContain('yellow');
    vi.restoreAllMocks();
  });
});

// happy-dom replaces URL: read fixtures by path.
const PHOTOS = `${import.meta.dirname}/../fixtures/photos/`;
const photoBytes = (name: string) => new Uint8Array(readFileSync(PHOTOS + name));
const decodeJpeg = (name: string): RgbaImage => {
  const decoded = jpeg.decode(readFileSync(PHOTOS + name), { useTArray: true, formatAsRGBA: true });
  return { data: decoded.data, width: decoded.width, height: decoded.height };
};

describe('reading a photo (issue 13)', () => {
  const settle = async (until: () => boolean) => {
    for (let i = 0; i < 200 && !until(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  const choose = (section: { element: HTMLElement }, file: File) => {
    const input = section.element.querySelector<HTMLInputElement>('#photo-choose')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  };
  const jpegFile = () => new File([photoBytes('canon-face.jpg') as BlobPart], 'face.jpg', { type: 'image/jpeg' });

  async function realFacts(name: string, edit: (image: RgbaImage) => RgbaImage = (image) => image) {
    const metadata = await readPhotoMetadata(photoBytes(name));
    const image = downscale(edit(downscale(decodeJpeg(name), 1024)));
    return { metadata, image, pixels: measurePixels(image) };
  }

  it('a photo the worker cannot read in time ends as "could not read this photo", not a frozen page', async () => {
    // Takes the job, then never answers: a parser looping on a crafted file.
    const terminate = vi.fn();
    const hanging: WorkerLike = {
      postMessage(message: unknown) {
        queueMicrotask(() => hanging.onmessage?.({ data: { id: (message as { id: number }).id, kind: 'started' } } as MessageEvent));
      },
      terminate,
      onmessage: null,
      onerror: null,
    };
    const client = createPhotoClient({ createWorker: () => hanging, analyseDeadlineMs: 300 });
    const section = createPhotoSection({ now: () => 0, client });
    section.render(view());
    choose(section, jpegFile());
    await settle(() => section.element.querySelector('[data-check="photo.file"]') !== null);
    const card = section.element.querySelector('[data-check="photo.file"]')!;
    expect(card.getAttribute('data-status')).toBe('unknown');
    expect(card.textContent).toContain('could not read this photo within 1 second');
    expect(terminate).toHaveBeenCalled();
  });

  it('shows the findings before the picture, hands the facts to the shell, and judges the fixed copy before calling it ready', async () => {
    const original = await realFacts('canon-face.jpg');
    const backlit = await realFacts('canon-face.jpg', (image) => backlight(image, 2, 1.5));
    // What a copy's header says: no EXIF at all (a canvas carries none).
    const copyMeta = { ...(await readPhotoMetadata(photoBytes('whatsapp-no-exif.jpg'))), width: 1600, height: 1200, bytes: 400_000 };
    let analysed = 0;
    const client = {
      analyse: vi.fn(async () => {
        const facts = analysed++ === 0 ? { metadata: original.metadata, pixels: original.pixels, decodeError: null } : { metadata: copyMeta, pixels: backlit.pixels, decodeError: null };
        return { facts, timings: { metadataMs: 0, decodeMs: 0, measureMs: 0, method: null }, image: original.image };
      }),
      fix: vi.fn(async () => ({ blob: new Blob([new Uint8Array(400_000)], { type: 'image/jpeg' }), width: 1600, height: 1200, attempts: 1 })),
    };
    const onFacts = vi.fn();
    const section = createPhotoSection({ now: () => Date.parse('2026-12-02T12:00:00Z'), client, onFacts });
    section.render(view());
    choose(section, jpegFile());
    await settle(() => section.element.querySelector('#photo-findings [data-check]') !== null);
    // The findings are shown in the task the analysis arrives in; the picture follows in the next.
    await settle(() => section.element.querySelector('.photo-picture, .photo-picture--none') !== null);
    const order = [...section.element.querySelectorAll('#photo-findings, .photo-picture, .photo-picture--none, .photo-histogram')].map((e) => e.id || e.className);
    expect(order[0]).toBe('photo-findings');
    expect(order.length).toBe(3);
    expect(onFacts).toHaveBeenCalledWith(expect.objectContaining({ metadata: original.metadata, judgedAt: Date.parse('2026-12-02T12:00:00Z') }));
    // Say plainly what a copy cannot fix, before it is made.
    expect(section.element.querySelector('#photo-fix-limits')!.textContent).toMatch(/cannot fix light, blur or light behind you/);

    section.element.querySelector<HTMLButtonElement>('#photo-fix')!.click();
    await settle(() => section.element.querySelector('#photo-fix-done') !== null);
    expect(client.analyse).toHaveBeenCalledTimes(2);
    const done = section.element.querySelector('#photo-fix-done')!;
    expect(done.getAttribute('data-verdict')).toBe('retake');
    expect(done.textContent).not.toMatch(/^Ready/);
    const copyChecks = [...section.element.querySelectorAll('#photo-copy-findings [data-check]')].map((e) => e.getAttribute('data-check'));
    expect(copyChecks).toContain('photo.backlight');
    expect(copyChecks).not.toContain('photo.file');
    expect(onFacts).toHaveBeenCalledTimes(1);
  });
});
