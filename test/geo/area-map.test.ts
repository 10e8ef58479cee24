import { describe, expect, it } from 'vitest';
import { areaMapModel, profiles } from '../../shared/index';

const area = profiles['cbp-one'].location.acceptedArea!;

describe('areaMapModel', () => {
  it('draws the 32 states, Chiapas and Tabasco wholly accepted, and the 19th parallel', () => {
    const model = areaMapModel(area, null, '2026-11-25');
    expect(model.states).toHaveLength(32);
    expect(model.states.filter((s) => s.alwaysAccepted).map((s) => s.code).sort()).toEqual(['MX-CHP', 'MX-TAB']);
    expect(model.parallelY).toBe(-19);
    expect(model.position).toBeNull();
    expect(model.closeViewBox).toBeNull();
    for (const state of model.states) expect(state.d).toMatch(/^M-?\d/);
  });

  it('did not accept Chiapas and Tabasco before 2024-08-23', () => {
    expect(areaMapModel(area, null, '2024-08-01').states.some((s) => s.alwaysAccepted)).toBe(false);
  });

  it('places the position with its accuracy circle, and a close-up of at least 15 km around it', () => {
    const model = areaMapModel(area, { lat: 32.5149, lon: -117.0382, accuracy: 1113.2 }, '2026-11-25');
    expect(model.position?.cy).toBeCloseTo(-32.5149, 3);
    expect(model.position?.r).toBeCloseTo(0.01, 4);
    const [, , width] = model.closeViewBox!;
    expect(width).toBeCloseTo((2 * 15_000) / 111_320, 4);
  });

  it('widens the country view to show a position in Guatemala, but not one in Europe', () => {
    const guatemala = areaMapModel(area, { lat: 14.63, lon: -90.5, accuracy: 20 }, null);
    const [, top, , height] = guatemala.viewBox;
    // y grows southward: the bottom edge lies below (south of) the position.
    expect(top + height).toBeGreaterThan(-14.63);
    const europe = areaMapModel(area, { lat: 52.5, lon: 13.4, accuracy: 20 }, null);
    expect(europe.viewBox).toEqual(areaMapModel(area, null, null).viewBox);
  });
});
