import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COACH_INSTRUCTIONS, EXPOSURE_INSTRUCTION, frameHasFace, frameInstruction, type FrameMeasures } from '../../../shared/photo/coach/frame-instruction';
import { COACH_DETECTOR_INPUT, COACH_FRAME_LONG_SIDE, coachFrameSize, measureFrame } from '../../../shared/photo/coach/measure-frame';
import { detectFaces, type FaceModels } from '../../../shared/photo/face/detect';
import { downscale } from '../../../shared/photo/pixels/measure';
import { profiles } from '../../../shared/profiles/index';
import { loadModelsFromDisk } from '../face/models';
import { SCENE_HEIGHT, SCENE_WIDTH, SKIN_TONE_GROUPS, portrait, scene, type SceneKind } from './scenes';

/**
 * The coach's instruction for a camera frame, judged on real portraits
 * (test/fixtures/coach) and the scenes derived from them, with the shipped
 * detector's weights: what a person in that light, at that distance, is told.
 */
let models: FaceModels;
beforeAll(() => {
  models = loadModelsFromDisk();
});

const profile = profiles['cbp-one'];
const PORTRAITS = Object.values(SKIN_TONE_GROUPS).flat();

function measured(id: string, kind: SceneKind): Promise<FrameMeasures> {
  // As the page grabs it: the camera frame reduced to the coach's frame size.
  const frame = downscale(scene(portrait(id), kind), COACH_FRAME_LONG_SIDE);
  return measureFrame(frame, { width: SCENE_WIDTH, height: SCENE_HEIGHT }, (image) => detectFaces(image, models, { inputSize: COACH_DETECTOR_INPUT }));
}

const told = async (id: string, kind: SceneKind) => frameInstruction(await measured(id, kind), profile);

describe('the instruction for one camera frame, on real portraits of every skin-tone group', () => {
  it('says "ready" to an evenly lit face of each group, framed at arm\'s length', async () => {
    for (const id of PORTRAITS) expect([id, await told(id, 'even')]).toEqual([id, 'ready']);
  });

  it('says "too dark" in a dim room, for every group (never "no face": the light is what to fix first)', async () => {
    for (const id of PORTRAITS) expect([id, await told(id, 'dim')]).toEqual([id, 'too-dark']);
  });

  it('says the light is behind the person in front of a bright window, for every group', async () => {
    for (const id of PORTRAITS) expect([id, await told(id, 'backlit')]).toEqual([id, 'light-behind']);
  });

  it('says "move closer" when the face fills under 35 % of the frame, for every group', async () => {
    for (const id of PORTRAITS) expect([id, await told(id, 'small')]).toEqual([id, 'move-closer']);
  });

  it('says one side is darker with a window to one side, "straighten" to a tilted head, and "hold still" to a moving phone', async () => {
    await expect(told('P000587', 'side')).resolves.toBe('one-side-dark');
    await expect(told('J000292', 'side')).resolves.toBe('one-side-dark');
    await expect(told('T000238', 'tilted')).resolves.toBe('straighten-head');
    await expect(told('S001185', 'tilted')).resolves.toBe('straighten-head');
    await expect(told('U000031', 'moving')).resolves.toBe('hold-still');
    await expect(told('J000292', 'moving')).resolves.toBe('hold-still');
  });
});

describe('the order of the instructions (the most important first)', () => {
  let even: FrameMeasures;
  beforeAll(async () => {
    even = await measured('U000031', 'even');
  });
  const withFace = (frame: FrameMeasures, change: (box: { x: number; y: number; width: number; height: number }) => object): FrameMeasures => ({
    ...frame,
    face: { ...frame.face, faces: frame.face.faces.map((f) => ({ ...f, box: { ...f.box, ...change(f.box) } })) },
  });

  it('lists every instruction once, "ready" last', () => {
    expect(new Set(COACH_INSTRUCTIONS).size).toBe(COACH_INSTRUCTIONS.length);
    expect(COACH_INSTRUCTIONS.at(-1)).toBe('ready');
  });

  it('asks for the face in the oval when no face is found in good light', () => {
    const none = { ...even, face: { ...even.face, faces: [] } };
    expect(frameHasFace(none)).toBe(false);
    expect(frameInstruction(none, profile)).toBe('face-in-oval');
  });

  it('asks for the whole face when a fifth of it is out of the frame, before its size or light', () => {
    const frameWidth = even.face.analysisWidth;
    const cut = withFace(even, (box) => ({ x: frameWidth - box.width * 0.6 }));
    expect(frameInstruction(cut, profile)).toBe('face-cut-off');
  });

  it('asks to move back when the face box fills more than 80 % of the frame', () => {
    const frameWidth = even.face.analysisWidth;
    const close = withFace(even, () => ({ x: 0, width: frameWidth * 0.95 }));
    expect(frameInstruction(close, profile)).toBe('move-back');
  });

  it('judges face size in camera pixels: a face under 150 camera pixels is too far however much of a tiny frame it fills', () => {
    const tiny = { ...even, cameraWidth: 160, cameraHeight: 200 };
    expect(frameInstruction(tiny, profile)).toBe('move-closer');
  });

  it('knows an instruction for every sentence photo.exposure can say (a new one is added here)', () => {
    const english = JSON.parse(readFileSync(new URL('../../../shared/i18n/messages/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    const exposureKeys = Object.keys(english).filter((key) => key.startsWith('photo.exposure.'));
    expect(exposureKeys.filter((key) => !(key in EXPOSURE_INSTRUCTION))).toEqual([]);
  });
});

describe('the frame the coach judges', () => {
  it('is the camera frame reduced to 320 px on its long side, never enlarged', () => {
    expect(coachFrameSize(1280, 720)).toEqual({ width: 320, height: 180 });
    expect(coachFrameSize(720, 1280)).toEqual({ width: 180, height: 320 });
    expect(coachFrameSize(240, 320)).toEqual({ width: 240, height: 320 });
  });
});
