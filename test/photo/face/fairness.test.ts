import { describe, expect, it } from 'vitest';
import { fairnessRows } from './fairness';

/**
 * Fairness of the light thresholds (issue #11), on synthetic selfies of all
 * ten Monk Skin Tones (test/photo/face/synthetic.ts, CC0). The face boxes are
 * the ones drawn, so this tests the thresholds, not the detector.
 */
describe('face-region lighting across skin tones', () => {
  const rows = fairnessRows('drawn-box');
  const at = (lighting: string) => rows.filter((r) => r.lighting === lighting);

  it('passes a well-lit face of every skin tone, MST 1 to MST 10', () => {
    expect(at('good').filter((r) => !r.ok).map((r) => `MST ${r.monk}: ${r.messages.join(', ')}`)).toEqual([]);
  });

  it('catches dim light and backlight for every skin tone (side light: see EXPECTED in synthetic.ts)', () => {
    for (const lighting of ['dim', 'backlit']) {
      expect(at(lighting).filter((r) => r.ok).map((r) => `MST ${r.monk}`), lighting).toEqual([]);
    }
  });

  it('says "light behind you" for a backlit face of every tone', () => {
    expect(at('backlit').filter((r) => r.findings['photo.backlight'] === 'pass').map((r) => r.monk)).toEqual([]);
  });

  it('unlike the centre-ellipse proxy, which flags well-lit darker skin as backlit', () => {
    const proxy = fairnessRows('proxy').filter((r) => r.lighting === 'good' && !r.ok).map((r) => r.monk);
    expect(proxy).toEqual([8, 9, 10]);
  });

  it('when the detector misses a face, the fallback proxy still passes good light for every tone and catches backlight', () => {
    const missed = fairnessRows('no-face-found');
    expect(missed.filter((r) => r.lighting === 'good' && !r.ok).map((r) => r.monk)).toEqual([]);
    expect(missed.filter((r) => r.lighting === 'backlit' && r.ok).map((r) => r.monk)).toEqual([]);
  });
});
