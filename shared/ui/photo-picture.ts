import { exposureMask, type RgbaImage } from '../photo/pixels/measure';
import { OVER_EXPOSED_MIN_L, UNDER_EXPOSED_MAX_L } from '../photo/pixels/measure';
import type { Translator } from '../i18n/translator';
import type { FaceBox } from '../photo/face/probe';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: Node[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Frame colour of the face box: neither of the tints (blue, red), and seen on light and dark skin alike with its dark rim. */
const FACE_BOX_COLOUR = '#ffd600';

/**
 * The photo as the person sees it (upright), at the analysis size, with
 * too-dark areas tinted blue and blown-out ones red, and the face the light
 * was measured on framed in yellow. Drawn from the very pixels the worker
 * measured (transferred, not decoded again), and the face box is in those
 * pixels' coordinates, so the marks and the picture always line up with the
 * findings.
 */
export function renderExposurePicture(image: RgbaImage, translator: Translator, faceBox?: FaceBox): HTMLElement {
  const label = faceBox ? `${translator.t('photo.section.picture')}. ${translator.t('photo.section.faceBox')}` : translator.t('photo.section.picture');
  try {
    const canvas = h('canvas', { class: 'photo-picture__canvas', width: image.width, height: image.height, role: 'img', 'aria-label': label });
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    const tinted = new Uint8ClampedArray(image.data);
    const mask = exposureMask(image);
    for (let p = 0; p < mask.length; p++) {
      const m = mask[p];
      if (!m) continue;
      const i = p * 4;
      // Half-tint: blue for under-exposed, red for over-exposed.
      tinted[i] = m > 0 ? 255 : tinted[i]! / 2;
      tinted[i + 1] = tinted[i + 1]! / 2;
      tinted[i + 2] = m < 0 ? 255 : tinted[i + 2]! / 2;
    }
    context.putImageData(new ImageData(tinted, image.width, image.height), 0, 0);
    const figure = h('figure', { class: 'photo-picture' }, canvas, h('figcaption', {}, label));
    if (faceBox) {
      drawFaceBox(context, faceBox, image);
      // Where the frame was drawn, in canvas pixels: the tests read it.
      figure.dataset.faceBox = [faceBox.x, faceBox.y, faceBox.width, faceBox.height].map((v) => Math.round(v)).join(',');
    }
    return figure;
  } catch {
    return h('p', { class: 'note photo-picture--none' }, translator.t('photo.section.noPicture'));
  }
}

function drawFaceBox(context: CanvasRenderingContext2D, box: FaceBox, image: RgbaImage): void {
  // A box cut off by the edge (the photo.face check says so) is drawn where it is inside the picture.
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const width = Math.min(image.width, box.x + box.width) - x;
  const height = Math.min(image.height, box.y + box.height) - y;
  if (width <= 0 || height <= 0) return;
  const line = Math.max(2, Math.round(Math.max(image.width, image.height) / 200));
  context.lineWidth = line * 2;
  context.strokeStyle = 'rgba(0, 0, 0, 0.7)';
  context.strokeRect(x, y, width, height);
  context.lineWidth = line;
  context.strokeStyle = FACE_BOX_COLOUR;
  context.strokeRect(x, y, width, height);
}

/** The luminance histogram (OFIQ L, 0–255) with the accepted band between the exposure limits, and the mean. */
export function renderHistogram(histogram: readonly number[], mean: number, translator: Translator): HTMLElement {
  const max = Math.max(...histogram, 1e-9);
  const height = 100;
  let path = `M0 ${height}`;
  histogram.forEach((share, i) => {
    const y = height - Math.sqrt(share / max) * height; // square root: small bins stay visible
    path += ` L${i} ${y.toFixed(1)} L${i + 1} ${y.toFixed(1)}`;
  });
  path += ` L256 ${height} Z`;
  const label = translator.t('photo.section.histogram');
  const chart = svg(
    'svg',
    { viewBox: `0 0 256 ${height}`, class: 'photo-histogram__chart', role: 'img', 'aria-label': label, preserveAspectRatio: 'none' },
    svg('rect', { x: 0, y: 0, width: UNDER_EXPOSED_MAX_L + 1, height, fill: '#c6dafc', 'data-band': 'under' }),
    svg('rect', { x: UNDER_EXPOSED_MAX_L + 1, y: 0, width: OVER_EXPOSED_MIN_L - UNDER_EXPOSED_MAX_L - 1, height, fill: '#e6f4ea', 'data-band': 'accepted' }),
    svg('rect', { x: OVER_EXPOSED_MIN_L, y: 0, width: 256 - OVER_EXPOSED_MIN_L, height, fill: '#fce8e6', 'data-band': 'over' }),
    svg('path', { d: path, fill: '#3c4043' }),
    svg('line', { x1: mean, x2: mean, y1: 0, y2: height, stroke: '#0b57d0', 'stroke-width': 2, 'data-mean': mean.toFixed(1) }),
  );
  return h('figure', { class: 'photo-histogram' }, chart, h('figcaption', {}, label));
}
