// @vitest-environment happy-dom
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../shared/catalogues';
import type { RgbaImage } from '../../../shared/index';
import type { FaceBox } from '../../../shared/photo/face/probe';
import { ExposurePicture, Histogram } from '../../../shared/ui/flow/photo-picture';

/** Renders with the layout effects (the painting) flushed, as the browser would before the next frame. */
function shown(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(vnode, root));
  return root;
}

describe('the luminance histogram', () => {
  it('draws the accepted band between the exposure limits and marks the mean', () => {
    const histogram = Array.from({ length: 256 }, (_, i) => (i === 60 ? 1 : 0));
    const figure = shown(h(Histogram, { histogram, mean: 60, t: createTranslator('ht') }));
    const accepted = figure.querySelector('[data-band="accepted"]')!;
    expect([accepted.getAttribute('x'), accepted.getAttribute('width')]).toEqual(['26', '221']);
    expect(figure.querySelector('[data-mean]')!.getAttribute('data-mean')).toBe('60.0');
    expect(figure.querySelector('svg')!.getAttribute('aria-label')).toContain('Limyè');
  });
});

describe('the exposure picture', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

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
  const picture = (image: RgbaImage, language: 'en' | 'es', faceBox?: FaceBox) => shown(h(ExposurePicture, { image, t: createTranslator(language), faceBox }));

  it('frames the face the light was measured on, in the picture\'s own pixels, and says so in its caption', () => {
    const frames = recordingCanvas();
    const root = picture(grey(300, 400), 'es', { x: 80, y: 100, width: 120, height: 150 });
    const figure = root.querySelector<HTMLElement>('figure.photo-picture')!;
    expect(frames.at(-1)).toEqual([80, 100, 120, 150, '#ffd600']);
    expect(figure.dataset.faceBox).toBe('80,100,120,150');
    expect(figure.querySelector('figcaption')!.textContent).toContain('El marco amarillo es la cara');
  });

  it('draws a face cut off by the edge only where it lies inside the picture', () => {
    const frames = recordingCanvas();
    picture(grey(300, 400), 'en', { x: -40, y: 350, width: 120, height: 150 });
    expect(frames.at(-1)!.slice(0, 4)).toEqual([0, 350, 80, 50]);
  });

  it('draws no frame and claims none where no face was found', () => {
    const frames = recordingCanvas();
    const figure = picture(grey(300, 400), 'en').querySelector<HTMLElement>('figure.photo-picture')!;
    expect(frames).toEqual([]);
    expect(figure.dataset.faceBox).toBeUndefined();
    expect(figure.querySelector('figcaption')!.textContent).not.toContain('yellow');
  });

  it('says there is no picture, instead of an empty canvas, where the browser gives no 2D canvas', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const root = picture(grey(300, 400), 'en');
    expect(root.querySelector('canvas')).toBeNull();
    expect(root.querySelector('p.note.photo-picture--none')!.textContent).toBe(createTranslator('en').t('photo.section.noPicture'));
  });
});
