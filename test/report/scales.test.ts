import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dequantise, isOnGrid, quantise, scaleRadix, type Scale } from '../../shared/report/scales';

const UP: Scale = { segments: [{ step: 1, upTo: 500 }, { step: 10, upTo: 5000 }], rounding: 'up' };
const DOWN: Scale = { segments: [{ step: 1, upTo: 1800 }, { step: 60, upTo: 172_800 }], rounding: 'down' };
const carried = (scale: Scale, value: number) => dequantise(scale, quantise(scale, value)).value;

/** A grid point of the scale, below its end. */
const gridPoint = (scale: Scale) => fc.integer({ min: 0, max: scaleRadix(scale) - 2 }).map((code) => dequantise(scale, code).value);

describe('a scale', () => {
  it('is exact up to its knee, then steps, then clamps', () => {
    expect(carried(UP, 499)).toBe(499);
    expect(carried(UP, 501)).toBe(510);
    expect(carried(UP, 5000)).toBe(5000);
    expect(dequantise(UP, quantise(UP, 5001))).toEqual({ value: 5010, clamped: true });
    expect(carried(DOWN, 1799)).toBe(1799);
    expect(carried(DOWN, 1859)).toBe(1800);
    expect(dequantise(DOWN, quantise(DOWN, 172_859))).toEqual({ value: 172_800, clamped: false });
    expect(dequantise(DOWN, quantise(DOWN, 172_860))).toEqual({ value: 172_860, clamped: true });
    expect(scaleRadix(UP)).toBe(501 + 450 + 1);
  });

  it('carries its own figures unchanged (a code read and written again is the same code)', () => {
    for (const scale of [UP, DOWN]) {
      for (let code = 0; code < scaleRadix(scale); code++) expect(quantise(scale, dequantise(scale, code).value)).toBe(code);
    }
    expect(isOnGrid(UP, 2000)).toBe(true);
    expect(isOnGrid(UP, 2001)).toBe(false);
  });

  it('rounding up keeps "≤ t" and "> t" for every threshold t on the grid', () => {
    fc.assert(
      fc.property(gridPoint(UP), fc.double({ min: 0, max: 20_000, noNaN: true }), (t, v) => {
        const value = Math.round(v);
        const back = carried(UP, value);
        expect(back <= t).toBe(value <= t);
        expect(back > t).toBe(value > t);
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('rounding down keeps "< t" and "≥ t" for every threshold t on the grid', () => {
    fc.assert(
      fc.property(gridPoint(DOWN), fc.integer({ min: 0, max: 400_000 }), (t, value) => {
        const back = carried(DOWN, value);
        expect(back < t).toBe(value < t);
        expect(back >= t).toBe(value >= t);
      }),
      { seed: 8, numRuns: 400 },
    );
  });
});
