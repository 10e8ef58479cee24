import { describe, expect, it } from 'vitest';
import { firstOffsetMismatch, localDate, type OffsetSource } from '../../shared/time/offset-mismatch';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

/** An offset that is `base` except between `from` and `to`, where it is base + 60; its changes unknown unless listed. */
function shifted(base: number, from: number, to: number, listed = false): OffsetSource {
  return {
    at: (t) => (t >= from && t < to ? base + 60 : base),
    changesBetween: (a, b) => (listed ? [from, to].filter((t) => t > a && t <= b) : null),
  };
}
const constant = (offset: number | null): OffsetSource => ({ at: () => offset, changesBetween: () => [] });

describe('firstOffsetMismatch', () => {
  it('finds nothing when two zones always agree', () => {
    expect(firstOffsetMismatch(constant(-360), constant(-360), START, START + 365 * DAY)).toBeNull();
  });

  it('finds a difference that holds now, to the minute, and when it ends', () => {
    const end = START + 40 * DAY + 7 * 3_600_000;
    const mismatch = firstOffsetMismatch(shifted(-360, START - DAY, end), constant(-360), START, START + 365 * DAY);
    expect(mismatch).toEqual({ start: START, end, offsetA: -300, offsetB: -360 });
  });

  it('finds a later difference to the minute and says it lasts past the window', () => {
    const from = START + 100 * DAY + 2 * 3_600_000;
    const mismatch = firstOffsetMismatch(constant(-360), shifted(-360, from, Infinity), START, START + 365 * DAY);
    expect(mismatch?.start).toBe(from);
    expect(mismatch?.end).toBeNull();
  });

  it('does not miss a difference of a few hours when the changes are listed', () => {
    const from = START + 66 * DAY + 8 * 3_600_000;
    const to = from + 3 * 3_600_000;
    expect(firstOffsetMismatch(shifted(-360, from, to, true), constant(-360), START, START + 365 * DAY)).toMatchObject({ start: from, end: to });
  });

  it('does not take an hour of agreement between two changes an hour apart as the end', () => {
    // Like US Mountain rules (2022e Ojinaga) against US Central: an hour apart all year but for the hour between their changes.
    const change = START + 300 * DAY;
    const a: OffsetSource = { at: (t) => (t < change ? -360 : -420), changesBetween: () => [change] };
    const b: OffsetSource = { at: (t) => (t < change - 3_600_000 ? -300 : -360), changesBetween: () => [change - 3_600_000] };
    expect(firstOffsetMismatch(a, b, START, START + 365 * DAY)).toMatchObject({ start: START, end: null });
  });

  it('ignores instants where one side does not know the zone', () => {
    expect(firstOffsetMismatch(constant(null), constant(-360), START, START + 10 * DAY)).toBeNull();
  });
});

describe('localDate', () => {
  it('is the calendar day where the person is', () => {
    expect(localDate(Date.parse('2027-03-14T05:30:00Z'), -360)).toBe('2027-03-13');
    expect(localDate(Date.parse('2027-03-14T08:00:00Z'), -360)).toBe('2027-03-14');
  });
});
