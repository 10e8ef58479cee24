// Loaded by bench/coach.ts in headless Chromium through Vite's dev server, with a fake front camera.
import { render } from 'preact';
import { createTranslator } from '../shared/catalogues';
import { profiles } from '../shared/profiles/index';
import { COACH_TIMING } from '../shared/photo/coach/steady-instruction';
import { SelfieCoach, type FrameJudged } from '../shared/ui/coach/selfie-coach';

declare global {
  interface Window {
    listoCoachBench: { frames: Array<FrameJudged & { at: number }>; heap(): number };
  }
}

const frames: Array<FrameJudged & { at: number }> = [];
window.listoCoachBench = { frames, heap: () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0 };

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
  />,
  document.getElementById('coach')!,
);
