import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, measurePixels, profiles, type Facts, type Finding, type PixelMetrics, type RgbaImage } from '../../shared/index';
import type { FaceFacts } from '../../shared/photo/face/probe';
import type { PhotoMetadata } from '../../shared/photo/metadata';

/**
 * photo.face, photo.face-size and photo.head-roll are pure: they judge face
 * boxes recorded from the detector on real photos
 * (test/fixtures/faces/recorded.json, made by running shared/photo/face on
 * test/fixtures/photos at the shipped input size) and hand-made boxes.
 */
const recorded = JSON.parse(readFileSync(new URL('../fixtures/faces/recorded.json', import.meta.url), 'utf8')) as Record<string, FaceFacts>;
const FACE_CHECKS = ['photo.face', 'photo.face-size', 'photo.head-roll'];

const metadataOf = (width: number, height: number): PhotoMetadata => ({ format: 'jpeg', bytes: 200_000, width, height }) as PhotoMetadata;

function findings(face: FaceFacts | null, width = face?.analysisWidth ?? 512, height = face?.analysisHeight ?? 384): Record<string, Finding> {
  const facts: Facts = { photo: { metadata: metadataOf(width, height), face } };
  return Object.fromEntries(judge(facts, profiles['cbp-one']).filter((f) => FACE_CHECKS.includes(f.check)).map((f) => [f.check, f]));
}

const oneFace = (box: FaceFacts['faces'][number]['box'], landmarks?: FaceFacts['faces'][number]['landmarks']): FaceFacts => ({
  faces: [{ box, score: 0.9, ...(landmarks ? { landmarks } : {}) }],
  analysisWidth: 512,
  analysisHeight: 384,
  model: 'recorded by hand',
});
const level = { leftEye: { x: 220, y: 170 }, rightEye: { x: 290, y: 170 }, nose: { x: 255, y: 200 }, mouth: { x: 255, y: 230 } };

describe('photo.face on recorded detector output', () => {
  it('finds one face in the Canon close-up, and says the face is too close and the head tilted', () => {
    const found = findings(recorded['canon-face.jpg']!, 800, 533);
    expect(found['photo.face']).toMatchObject({ status: 'pass', message: { key: 'photo.face.one' } });
    expect(found['photo.face-size']).toMatchObject({ status: 'warn', message: { key: 'photo.faceSize.close' }, fixes: ['photo.retake-face'] });
    expect(found['photo.head-roll']).toMatchObject({ status: 'fail', message: { key: 'photo.headRoll.tilted' } });
    expect(Number(found['photo.head-roll']!.evidence.rollDegrees)).toBeGreaterThan(15);
  });

  it('warns on a photo with no face (the Motorola leaves), never fails it (the detector is not proven across skin tones), and leaves size and roll unknown', () => {
    const found = findings(recorded['motorola-xt912-leaves.jpg']!, 1536, 2048);
    expect(found['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.none' }, fixes: ['photo.retake-face'] });
    expect(found['photo.face-size']!.status).toBe('unknown');
    expect(found['photo.head-roll']!.status).toBe('unknown');
  });

  it('fails the 128 px Hopper portrait for too few face pixels (Yoti: at least 150), with its head straight', () => {
    const found = findings(recorded['hopper.jpg']!, 128, 128);
    expect(found['photo.face']!.status).toBe('pass');
    expect(found['photo.face-size']).toMatchObject({ status: 'fail', message: { key: 'photo.faceSize.fewPixels', params: { min: 150 } } });
    expect(found['photo.head-roll']!.status).toBe('pass');
  });

  it('measures face pixels in the original photo, not the analysis copy', () => {
    const face = oneFace({ x: 180, y: 100, width: 160, height: 190 }, level);
    // On a 512 px photo the face is 190 px (enough), the eyes 70 px apart (a passport photo asks 90: a warning).
    expect(findings(face, 512, 384)['photo.face-size']).toMatchObject({ status: 'warn', message: { key: 'photo.faceSize.eyesFewPixels' }, evidence: { facePixels: 190, eyeDistancePixels: 70 } });
    // The same box on a 4000 px photo: 190 × 4000/512 = 1484 px; the eyes 547 px apart.
    expect(findings(face, 4000, 3000)['photo.face-size']).toMatchObject({ status: 'pass', evidence: { facePixels: 1484, eyeDistancePixels: 547 } });
  });
});

describe('photo.face on hand-made boxes', () => {
  it('warns when more than one face is found', () => {
    const face: FaceFacts = { ...oneFace({ x: 180, y: 100, width: 160, height: 190 }), faces: [...oneFace({ x: 180, y: 100, width: 160, height: 190 }).faces, { box: { x: 20, y: 40, width: 60, height: 70 }, score: 0.6 }] };
    expect(findings(face)['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.several', params: { count: 2 } } });
  });

  it('fails a face cut off by the edge (a fifth of the box outside), warns from a tenth', () => {
    expect(findings(oneFace({ x: -60, y: 100, width: 200, height: 220 }))['photo.face']).toMatchObject({ status: 'fail', message: { key: 'photo.face.cutOff' } });
    expect(findings(oneFace({ x: -30, y: 100, width: 200, height: 220 }))['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.cutOff' } });
    expect(findings(oneFace({ x: 10, y: 100, width: 200, height: 220 }))['photo.face']!.status).toBe('pass');
  });

  it('says when the detector could not run, without failing the person', () => {
    const face: FaceFacts = { faces: [], analysisWidth: 512, analysisHeight: 384, model: 'x', error: 'TypeError: fetch failed' };
    expect(findings(face)['photo.face']).toMatchObject({ status: 'unknown', message: { key: 'photo.face.notRun' } });
  });

  it('does not run the face checks when no detector ran (no face facts)', () => {
    expect(findings(null)).toEqual({});
  });
});

describe('photo.face when no face was found says why it may be, never that the face is the problem (issue 22)', () => {
  const none: FaceFacts = { faces: [], analysisWidth: 512, analysisHeight: 384, model: 'x' };
  const image = (centre: number, surround: number): RgbaImage => {
    const data = new Uint8ClampedArray(512 * 384 * 4);
    for (let p = 0; p < 512 * 384; p++) {
      const x = p % 512;
      const y = (p - x) / 512;
      const v = ((x - 255.5) / 128) ** 2 + ((y - 191.5) / 115) ** 2 <= 1 ? centre : surround;
      data.fill(v, p * 4, p * 4 + 3);
      data[p * 4 + 3] = 255;
    }
    return { data, width: 512, height: 384 };
  };
  const withPixels = (pixels: PixelMetrics | undefined) =>
    Object.fromEntries(judge({ photo: { metadata: metadataOf(512, 384), face: none, ...(pixels ? { pixels } : {}) } }, profiles['cbp-one']).map((f) => [f.check, f]));

  it('a dark photo: it may be too dark, with the light fix first', () => {
    expect(withPixels(measurePixels(image(20, 30)))['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.noneDark' }, fixes: ['photo.retake-light', 'photo.retake-face'] });
  });

  it('a dark middle against a blown-out surround: light behind may hide the face', () => {
    expect(withPixels(measurePixels(image(60, 255)))['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.noneBacklit' }, fixes: ['photo.retake-backlight', 'photo.retake-face'] });
  });

  it('a well-lit photo, or none measured: the usual reasons (too far, cut off, poor light)', () => {
    expect(withPixels(measurePixels(image(150, 120)))['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.none' }, fixes: ['photo.retake-face'] });
    expect(withPixels(undefined)['photo.face']).toMatchObject({ status: 'warn', message: { key: 'photo.face.none' } });
  });

  it('in English, each names what in the photo to change, and none says the face is unclear or not a face', () => {
    const en = JSON.parse(readFileSync(new URL('../../shared/i18n/messages/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    for (const key of ['photo.face.none', 'photo.face.noneDark', 'photo.face.noneBacklit']) {
      expect(en[key], key).toMatch(/could not find a face in this photo/);
      expect(en[key], key).toMatch(/far away|too dark|light behind you/);
      expect(en[key], key).not.toMatch(/your face (is|was|must)|no face found|not a face|unclear/i);
    }
  });
});

describe('photo.face-size thresholds (Yoti 35–80 %, ≥ 150 px; ICAO eyes ≥ 90 px)', () => {
  it('fails a face under 35 % of the image as too far', () => {
    const found = findings(oneFace({ x: 230, y: 150, width: 80, height: 100 }), 4000, 3000);
    expect(found['photo.face-size']).toMatchObject({ status: 'fail', message: { key: 'photo.faceSize.far', params: { percent: 26 } } });
  });

  it('warns when the eyes are under 90 px apart in the original', () => {
    const found = findings(oneFace({ x: 180, y: 100, width: 160, height: 190 }, level), 1024, 768);
    // 70 px × 1024/512 = 140 px apart: fine. On a 600 px photo: 70 × 600/512 = 82 px.
    expect(found['photo.face-size']!.status).toBe('pass');
    const small = findings(oneFace({ x: 180, y: 100, width: 160, height: 190 }, level), 600, 450);
    expect(small['photo.face-size']).toMatchObject({ status: 'warn', message: { key: 'photo.faceSize.eyesFewPixels', params: { pixels: 82, min: 90 } } });
  });
});

describe('photo.head-roll (ICAO: within ±8°)', () => {
  const tilted = (degrees: number) => {
    const r = (degrees * Math.PI) / 180;
    return oneFace({ x: 180, y: 100, width: 160, height: 190 }, { ...level, rightEye: { x: 220 + 70 * Math.cos(r), y: 170 + 70 * Math.sin(r) } });
  };
  it('passes 5°, warns at 10°, fails at 20°, either way round', () => {
    expect(findings(tilted(5), 4000, 3000)['photo.head-roll']!.status).toBe('pass');
    expect(findings(tilted(-10), 4000, 3000)['photo.head-roll']).toMatchObject({ status: 'warn', message: { params: { degrees: 10 } } });
    expect(findings(tilted(20), 4000, 3000)['photo.head-roll']).toMatchObject({ status: 'fail', fixes: ['photo.retake-face'] });
  });

  it('is unknown without landmarks', () => {
    expect(findings(oneFace({ x: 180, y: 100, width: 160, height: 190 }))['photo.head-roll']).toMatchObject({ status: 'unknown', message: { key: 'photo.headRoll.noEyes' } });
  });
});
