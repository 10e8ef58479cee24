import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SELFIE_DETECTION, detectFaces, suppress, type FaceModels } from '../../../shared/photo/face/detect';
import { decodeWeights, type WeightsManifest } from '../../../shared/photo/face/tiny-net';
import { downscale } from '../../../shared/photo/pixels/measure';
import { decodeJpeg } from '../decode';
import { loadModelsFromDisk } from './models';
import { renderFace } from './synthetic';

/** The detector is pure: it runs here in Node on the same weights and code the photo worker uses. */
let models: FaceModels;
beforeAll(() => {
  models = loadModelsFromDisk();
});

describe('the face detector (Tiny Face Detector + 68-point tiny landmarks, Listo runtime)', () => {
  it('decodes the uint8-quantised weights to exactly the sizes the manifests give', () => {
    const manifest = [{ paths: ['x.bin'], weights: [{ name: 'a', shape: [2, 2], dtype: 'float32', quantization: { dtype: 'uint8', scale: 0.5, min: -1 } }] }] as WeightsManifest;
    expect([...decodeWeights(manifest, Uint8Array.from([0, 1, 2, 255])).get('a')!]).toEqual([-1, -0.5, 0, 126.5]);
    expect(() => decodeWeights(manifest, Uint8Array.from([0, 1, 2]))).toThrow(/3 bytes/);
    expect(models.detector.get('conv0/filters')!.length).toBe(3 * 3 * 3 * 16);
    expect(models.landmarks!.get('fc/weights')!.length).toBe(128 * 136);
  });

  it('finds the face in the Canon close-up, with the eyes where they are', () => {
    const result = detectFaces(downscale(decodeJpeg('canon-face.jpg')), models, { inputSize: 224 });
    expect(result.faces).toHaveLength(1);
    const { leftEye, rightEye } = result.faces[0]!.landmarks!;
    // The eyes in the 512×341 copy, read off the photo: about (236, 56) and (372, 113).
    expect(Math.hypot(leftEye.x - 236, leftEye.y - 56)).toBeLessThan(15);
    expect(Math.hypot(rightEye.x - 372, rightEye.y - 113)).toBeLessThan(15);
  });

  it('finds Grace Hopper in the 128 px portrait', () => {
    const result = detectFaces(decodeJpeg('hopper.jpg'), models, { inputSize: 224 });
    expect(result.faces).toHaveLength(1);
    expect(result.faces[0]!.box.x).toBeGreaterThan(20);
    expect(result.faces[0]!.box.x + result.faces[0]!.box.width).toBeLessThan(110);
  });

  it('answers a photo the same whatever was detected before it (the kept scratch tensors carry nothing over)', () => {
    const canon = downscale(decodeJpeg('canon-face.jpg'));
    const first = detectFaces(canon, models, { inputSize: 224 });
    detectFaces(decodeJpeg('hopper.jpg'), models, { inputSize: 224 });
    detectFaces(downscale(decodeJpeg('olympus-two-faces-flash.jpg')), models, { inputSize: 320 });
    expect(detectFaces(canon, models, { inputSize: 224 })).toEqual(first);
  });

  it('finds no face in photos without one', () => {
    for (const name of ['motorola-xt912-leaves.jpg', 'whatsapp-no-exif.jpg', 'nokia-lumia820-gps.jpg']) {
      expect(detectFaces(downscale(decodeJpeg(name)), models, { inputSize: 224 }).faces, name).toEqual([]);
    }
  });

  it('finds the two people in the bar at input 320 (224 finds one: small faces need the larger input)', () => {
    const image = downscale(decodeJpeg('olympus-two-faces-flash.jpg'));
    expect(detectFaces(image, models, { inputSize: 320 }).faces.length).toBeGreaterThanOrEqual(2);
    expect(detectFaces(image, models, { inputSize: 224 }).faces.length).toBeGreaterThanOrEqual(1);
  });

  it('puts the landmarks of a rendered face on its eyes', () => {
    const face = renderFace(5, 'good');
    const result = detectFaces(face.image, models, { inputSize: 224 });
    expect(result.faces).toHaveLength(1);
    // Drawn at x = 256 ∓ 0.38 · 85 ≈ 224 and 288, y ≈ 171.
    expect(Math.abs(result.faces[0]!.landmarks!.leftEye.x - 224)).toBeLessThan(8);
    expect(Math.abs(result.faces[0]!.landmarks!.rightEye.x - 288)).toBeLessThan(8);
    expect(Math.abs(result.faces[0]!.landmarks!.leftEye.y - 171)).toBeLessThan(8);
  });

  it('runs the fallbacks only while no face is found, and a mirrored pass puts the box back where the face is', () => {
    const image = downscale(decodeJpeg('canon-face.jpg'));
    const direct = detectFaces(image, models, { inputSize: 224 });
    expect(direct.pass).toBeUndefined();
    // A first pass that cannot find anything (score > 0.9999), then the mirrored image.
    const mirrored = detectFaces(image, models, { inputSize: 224, scoreThreshold: 0.9999, fallbacks: [{ inputSize: 224, scoreThreshold: 0.5, mirror: true }] });
    expect(mirrored.pass).toEqual({ index: 1, of: 2, scoreThreshold: 0.5, mirrored: true });
    const [a, b] = [direct.faces[0]!.box, mirrored.faces[0]!.box];
    expect(Math.abs(a.x + a.width / 2 - (b.x + b.width / 2)), 'centres within 10 % of the width').toBeLessThan(a.width * 0.1);
    expect(Math.abs(a.width - b.width)).toBeLessThan(a.width * 0.15);
    expect(Math.hypot(mirrored.faces[0]!.landmarks!.leftEye.x - 236, mirrored.faces[0]!.landmarks!.leftEye.y - 56)).toBeLessThan(15);
  });

  it('finds no face in photos without one even after every selfie fallback', () => {
    for (const name of ['motorola-xt912-leaves.jpg', 'whatsapp-no-exif.jpg', 'nokia-lumia820-gps.jpg']) {
      const result = detectFaces(downscale(decodeJpeg(name)), models, SELFIE_DETECTION);
      expect(result.faces, name).toEqual([]);
      expect(result.pass, name).toBeUndefined();
    }
  });

  it('keeps the best of overlapping boxes and both of separate ones', () => {
    const a = { box: { x: 0, y: 0, width: 100, height: 100 }, score: 0.9 };
    const b = { box: { x: 10, y: 10, width: 100, height: 100 }, score: 0.8 };
    const c = { box: { x: 300, y: 0, width: 100, height: 100 }, score: 0.7 };
    expect(suppress([b, c, a], 0.4)).toEqual([a, c]);
  });
});

describe('recorded detector output', () => {
  it('is what the detector gives today (test/fixtures/faces/recorded.json)', () => {
    const recorded = JSON.parse(readFileSync(new URL('../../fixtures/faces/recorded.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    for (const name of ['canon-face.jpg', 'hopper.jpg', 'motorola-xt912-leaves.jpg']) {
      const image = name === 'hopper.jpg' ? decodeJpeg(name) : downscale(decodeJpeg(name));
      expect(detectFaces(image, models, { inputSize: 224 }), name).toEqual(recorded[name]);
    }
  });
});
