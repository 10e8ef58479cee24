import { describe, expect, it } from 'vitest';
import type { CoachInstruction } from '../../../shared/photo/coach/frame-instruction';
import { COACH_TIMING, nextSteady, startSteady, type SteadyState, type SteadyStep } from '../../../shared/photo/coach/steady-instruction';

/** Feeds judged frames at the given times (ms); returns every step. */
function run(frames: Array<[number, CoachInstruction, boolean?]>, start = 0): SteadyStep[] {
  let state: SteadyState = startSteady(start);
  return frames.map(([now, judged, face = true]) => {
    const step = nextSteady(state, judged, face, now);
    state = step.state;
    return step;
  });
}

/** Frames every 100 ms (10 judged frames a second) from `from` to `to`, all judged the same. */
const every100 = (from: number, to: number, judged: CoachInstruction, face = true): Array<[number, CoachInstruction, boolean]> =>
  Array.from({ length: Math.floor((to - from) / 100) + 1 }, (_, i) => [from + i * 100, judged, face]);

describe('a steady instruction from judged frames', () => {
  it('shows the first instruction at once and reads it aloud', () => {
    const [first] = run([[0, 'move-closer']]);
    expect(first!.state.shown).toBe('move-closer');
    expect(first!.speak).toBe('move-closer');
  });

  it('changes only after frames have asked for the new one for half a second', () => {
    const steps = run([...every100(0, 1000, 'move-closer'), ...every100(1100, 1700, 'too-dark')]);
    const shownAt = (t: number) => steps[t / 100]!.state.shown;
    expect(shownAt(1500)).toBe('move-closer');
    expect(shownAt(1600)).toBe('too-dark');
  });

  it('does not flicker: one frame that disagrees changes nothing, and the half second starts again', () => {
    const steps = run([[0, 'too-dark'], [100, 'ready'], [200, 'too-dark'], [300, 'ready'], [400, 'ready'], [500, 'ready'], [600, 'ready'], [700, 'ready'], [800, 'ready']]);
    expect(steps.map((s) => s.state.shown)).toEqual(['too-dark', 'too-dark', 'too-dark', 'too-dark', 'too-dark', 'too-dark', 'too-dark', 'too-dark', 'ready']);
  });

  it('reads aloud when the instruction changes, but not within four seconds of the last reading; a change meanwhile is read when the time is up', () => {
    const steps = run([...every100(0, 900, 'move-closer'), ...every100(1000, 1900, 'too-dark'), ...every100(2000, 6000, 'light-behind')]);
    const spoken = steps.flatMap((s, i) => (s.speak ? [[i * 100, s.speak]] : []));
    expect(spoken).toEqual([
      [0, 'move-closer'],
      [4000, 'light-behind'],
    ]);
    expect(COACH_TIMING.speakEveryMs).toBe(4000);
  });

  it('does not read again an instruction that came back before the time was up', () => {
    const steps = run([...every100(0, 900, 'too-dark'), ...every100(1000, 1500, 'move-closer'), ...every100(1600, 5000, 'too-dark')]);
    expect(steps.filter((s) => s.speak).map((s) => s.speak)).toEqual(['too-dark']);
  });

  it('takes the still once every frame has been fine for a second, and only once', () => {
    const steps = run([...every100(0, 400, 'too-dark'), ...every100(500, 2500, 'ready')]);
    const taken = steps.flatMap((s, i) => (s.takeStill ? [i * 100] : []));
    expect(taken).toEqual([1500]);
  });

  it('starts the second again after a frame that is not fine', () => {
    const steps = run([...every100(0, 800, 'ready'), [900, 'hold-still'], ...every100(1000, 2200, 'ready')]);
    const taken = steps.flatMap((s, i) => (s.takeStill ? [steps[i]!.state.fineSince] : []));
    expect(taken).toEqual([1000]);
    expect(steps.findIndex((s) => s.takeStill) * 100).toBe(2000);
  });

  it('stops the camera after a minute without a face, counted from the last frame with one', () => {
    const frames = [...every100(0, 59_000, 'face-in-oval', false), [59_100, 'too-dark', true] as [number, CoachInstruction, boolean], ...every100(59_200, 125_000, 'face-in-oval', false)];
    const stoppedAt = (steps: SteadyStep[], times: number[]) => times[steps.findIndex((s) => s.stop === 'no-face')];
    expect(stoppedAt(run(frames), frames.map(([t]) => t))).toBe(119_100);
    const without = every100(0, 61_000, 'face-in-oval', false);
    expect(stoppedAt(run(without), without.map(([t]) => t))).toBe(60_000);
  });
});
