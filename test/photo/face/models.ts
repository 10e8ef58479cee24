import { readFileSync } from 'node:fs';
import { decodeModels, type FaceModels } from '../../../shared/photo/face/detect';
import type { WeightsManifest } from '../../../shared/photo/face/tiny-net';

/** The shipped weights, read from node_modules as the build copies them. */
const MODEL = new URL('../../../node_modules/@vladmandic/face-api/model/', import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(name, MODEL), 'utf8')) as WeightsManifest;
const bin = (name: string) => new Uint8Array(readFileSync(new URL(name, MODEL)));

export function loadModelsFromDisk(): FaceModels {
  return decodeModels({
    detectorManifest: json('tiny_face_detector_model-weights_manifest.json'),
    detectorBin: bin('tiny_face_detector_model.bin'),
    landmarksManifest: json('face_landmark_68_tiny_model-weights_manifest.json'),
    landmarksBin: bin('face_landmark_68_tiny_model.bin'),
  });
}
