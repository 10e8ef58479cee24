// Loaded by bench/coach.ts in headless Chromium through Vite's dev server, with a fake front camera.
import { render } from 'preact';
import { createTranslator } from '../shared/catalogues';
import { profiles } from '../shared/profiles/index';
import { createFrameJudge, type FrameJudge } from '../shared/photo/coach/frame-client';
import { COACH_TIMING } from '../shared/photo/coach/steady-instruction';
import { SelfieCoach, type FrameJudged } from '../shared/ui/coach/selfie-coach';

declare global {
  interface Window {
    listoCoachBench: { frames: Array<FrameJudged & { at: number }>; heap(): number };
  }
}

const frames: Array<FrameJudged & { at: number }> = [];
window.listoCoachBench = { frames, heap: () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0 };

/**
 * ?worker=once: the worker judges the first frame only, later frames get its answer after 100 ms (the page's
 * grab runs as usual): tells the page's memory apart from the worker's.
 */
function judgeOnce(): FrameJudge {
  const real = createFrameJudge();
  let first: ReturnType<FrameJudge['measure']> | null = null;
  return {
    warm: () => real.warm(),
    measure: (frame) => (first ??= real.measure(frame)).then((r) => new Promise((resolve) => setTimeout(() => resolve(r), 100))),
    stop: () => real.stop(),
  };
}
const once = new URLSearchParams(location.search).get('worker') === 'once';
/** ?worker=never: the first frame is never answered, so only the preview plays (the baseline). */
const never = new URLSearchParams(location.search).get('worker') === 'never';
const judgeNever = (): FrameJudge => ({ warm: () => Promise.resolve(), measure: () => new Promise(() => undefined), stop: () => undefined });

// The real component and worker; only the still is never taken, so the preview runs for as long as the bench watches.
render(
  <SelfieCoach
    t={createTranslator('en')}
    profile={profiles['cbp-one']}
    timing={{ ...COACH_TIMING, readyMs: Number.POSITIVE_INFINITY }}
    onKeep={() => undefined}
    onChoosePhoto={() => undefined}
    onClose={() => undefined}
    onFrameJudged={(frame) => frames.push({ ...frame, at: performance.now() })}
    {...(once ? { createJudge: judgeOnce } : never ? { createJudge: judgeNever } : {})}
  />,
  document.getElementById('coach')!,
);
