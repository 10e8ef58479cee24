import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { exposureMask, OVER_EXPOSED_MIN_L, UNDER_EXPOSED_MAX_L, type RgbaImage } from '../../photo/pixels/measure';
import type { Translator } from '../../i18n/translator';
import type { FaceBox } from '../../photo/face/probe';
import { timingMark } from '../../photo/timing-mark';

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
export function ExposurePicture({ image, t, faceBox }: { image: RgbaImage; t: Translator; faceBox?: FaceBox | undefined }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The failure belongs to the picture it happened on: a new picture gets a canvas again.
  const [failed, setFailed] = useState<{ image: RgbaImage; faceBox: FaceBox | undefined } | null>(null);
  // The tint is a pass over every pixel: done after the figure is in place, never while rendering.
  useLayoutEffect(() => {
    if (!canvas.current) return;
    try {
      paint(canvas.current, image, faceBox);
      timingMark('listo:photo-picture');
    } catch {
      setFailed({ image, faceBox });
    }
  }, [image, faceBox]);
  if (failed?.image === image && failed.faceBox === faceBox) return <p class="note photo-picture--none">{t.t('photo.section.noPicture')}</p>;
  const label = faceBox ? `${t.t('photo.section.picture')}. ${t.t('photo.section.faceBox')}` : t.t('photo.section.picture');
  // Where the frame was drawn, in canvas pixels: the tests read it.
  const framed = faceBox ? [faceBox.x, faceBox.y, faceBox.width, faceBox.height].map((v) => Math.round(v)).join(',') : undefined;
  return (
    <figure class="photo-picture" data-face-box={framed}>
      <canvas ref={canvas} class="photo-picture__canvas" width={image.width} height={image.height} role="img" aria-label={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function paint(canvas: HTMLCanvasElement, image: RgbaImage, faceBox: FaceBox | undefined): void {
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
  if (faceBox) drawFaceBox(context, faceBox, image);
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

const HEIGHT = 100;

/** The luminance histogram (OFIQ L, 0–255) with the accepted band between the exposure limits, and the mean. */
export function Histogram({ histogram, mean, t }: { histogram: readonly number[]; mean: number; t: Translator }) {
  const max = Math.max(...histogram, 1e-9);
  let path = `M0 ${HEIGHT}`;
  histogram.forEach((share, i) => {
    const y = HEIGHT - Math.sqrt(share / max) * HEIGHT; // square root: small bins stay visible
    path += ` L${i} ${y.toFixed(1)} L${i + 1} ${y.toFixed(1)}`;
  });
  path += ` L256 ${HEIGHT} Z`;
  const label = t.t('photo.section.histogram');
  return (
    <figure class="photo-histogram">
      <svg viewBox={`0 0 256 ${HEIGHT}`} class="photo-histogram__chart" role="img" aria-label={label} preserveAspectRatio="none">
        <rect x={0} y={0} width={UNDER_EXPOSED_MAX_L + 1} height={HEIGHT} fill="#c6dafc" data-band="under" />
        <rect x={UNDER_EXPOSED_MAX_L + 1} y={0} width={OVER_EXPOSED_MIN_L - UNDER_EXPOSED_MAX_L - 1} height={HEIGHT} fill="#e6f4ea" data-band="accepted" />
        <rect x={OVER_EXPOSED_MIN_L} y={0} width={256 - OVER_EXPOSED_MIN_L} height={HEIGHT} fill="#fce8e6" data-band="over" />
        <path d={path} fill="#3c4043" />
        <line x1={mean} x2={mean} y1={0} y2={HEIGHT} stroke="#0b57d0" stroke-width={2} data-mean={mean.toFixed(1)} />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
