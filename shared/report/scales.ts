/**
 * How a figure is rounded to fit a helper code. A scale is exact where the
 * profiles' thresholds lie and coarser beyond, then clamped: a clock 40
 * seconds off is carried to the second, one 3 hours off to the minute, one
 * 3 days off as "more than 48 hours".
 *
 * The rounding direction keeps every comparison a check makes against a
 * threshold on the scale's grid: `up` keeps `value ≤ t` and `value > t`,
 * `down` keeps `value < t` and `value ≥ t` (test/report/scales.test.ts;
 * test/report/code-layout.test.ts holds every profile threshold to the grid).
 * So judging a figure rebuilt from a code gives the phone's verdict.
 */
export interface Scale {
  /** From 0, grid points every `step` up to `upTo`, then the next segment. */
  segments: ReadonlyArray<{ step: number; upTo: number }>;
  rounding: 'up' | 'down';
}

export interface ScaledFigure {
  /** The figure as carried: a grid point, or past the end when clamped. */
  value: number;
  /** The true figure was beyond the scale's last grid point ("more than …"). */
  clamped: boolean;
}

/** The last grid point: a clamped figure was more than this. */
export function scaleEnd(scale: Scale): number {
  return scale.segments.at(-1)!.upTo;
}

function gridCount(scale: Scale): number {
  let prev = 0;
  let count = 1; // the point 0
  for (const { step, upTo } of scale.segments) {
    count += (upTo - prev) / step;
    prev = upTo;
  }
  return count;
}

/** How many codes the scale has: its grid points and one for "beyond". */
export function scaleRadix(scale: Scale): number {
  return gridCount(scale) + 1;
}

/** The code of a non-negative figure (negative figures count as 0). */
export function quantise(scale: Scale, figure: number): number {
  const v = Math.max(0, figure);
  let prev = 0;
  let base = 0;
  for (const { step, upTo } of scale.segments) {
    const inside = scale.rounding === 'up' ? v <= upTo : v < upTo;
    if (inside) {
      const k = scale.rounding === 'up' ? Math.ceil((v - prev) / step) : Math.floor((v - prev) / step);
      return base + k;
    }
    base += (upTo - prev) / step;
    prev = upTo;
  }
  const last = scale.segments.at(-1)!;
  // Rounding down, a figure less than one step past the end still rounds to the end.
  if (scale.rounding === 'down' && v < last.upTo + last.step) return base;
  return base + 1;
}

/** The figure a code stands for. */
export function dequantise(scale: Scale, code: number): ScaledFigure {
  let prev = 0;
  let base = 0;
  for (const { step, upTo } of scale.segments) {
    const count = (upTo - prev) / step;
    if (code <= base + count) return { value: prev + (code - base) * step, clamped: false };
    base += count;
    prev = upTo;
  }
  const last = scale.segments.at(-1)!;
  return { value: last.upTo + last.step, clamped: true };
}

/** Whether a figure is carried exactly (it sits on the grid and is not clamped). */
export function isOnGrid(scale: Scale, figure: number): boolean {
  const code = quantise(scale, figure);
  const back = dequantise(scale, code);
  return !back.clamped && back.value === figure;
}
