import type { CoachInstruction } from './frame-instruction';

/**
 * What the person sees and hears, from a stream of judged frames: steady
 * rather than flickering. Pure: each judged frame comes with the time it was
 * judged (milliseconds on any monotonic clock), so tests pin time and the
 * component passes performance.now().
 *
 * - A new instruction shows only once frames have asked for it for `holdMs`
 *   (issue 24: "a change holds for about half a second before it shows").
 * - The shown instruction is read aloud when it changes, but not within
 *   `speakEveryMs` of the last reading; one that changed meanwhile is read
 *   when that time is up, if it still shows.
 * - "Ready" asks for the still once every frame has been fine for `readyMs`.
 * - After `noFaceStopMs` without a face in any frame, the camera stops.
 */
export interface CoachTiming {
  holdMs: number;
  readyMs: number;
  speakEveryMs: number;
  noFaceStopMs: number;
}

export const COACH_TIMING: CoachTiming = { holdMs: 500, readyMs: 1000, speakEveryMs: 4000, noFaceStopMs: 60_000 };

export interface SteadyState {
  shown: CoachInstruction | null;
  /** The instruction frames ask for that is not shown yet, and since when. */
  pending: { instruction: CoachInstruction; since: number } | null;
  /** Start of the current run of frames judged "ready" (every measure fine); null when the last frame was not. */
  fineSince: number | null;
  spoken: CoachInstruction | null;
  spokenAt: number | null;
  lastFaceAt: number;
  /** The still was asked for in this run of "ready": asked once, until something changes. */
  stillAsked: boolean;
}

/** What the component does after a judged frame. */
export interface SteadyStep {
  state: SteadyState;
  /** Read this instruction aloud now. */
  speak?: CoachInstruction;
  /** Take the still now. */
  takeStill?: true;
  /** Stop the camera: no face for too long. */
  stop?: 'no-face';
}

export const startSteady = (now: number): SteadyState => ({ shown: null, pending: null, fineSince: null, spoken: null, spokenAt: null, lastFaceAt: now, stillAsked: false });

export function nextSteady(state: SteadyState, judged: CoachInstruction, hasFace: boolean, now: number, timing: CoachTiming = COACH_TIMING): SteadyStep {
  const { spoken, spokenAt } = state;
  let { shown, pending, fineSince, stillAsked } = state;
  const lastFaceAt = hasFace ? now : state.lastFaceAt;
  if (shown === null) {
    // Nothing shows yet: the first judgement shows at once.
    shown = judged;
    pending = null;
  } else if (judged === shown) {
    pending = null;
  } else if (pending?.instruction !== judged) {
    pending = { instruction: judged, since: now };
  }
  if (pending && now - pending.since >= timing.holdMs) {
    shown = pending.instruction;
    pending = null;
  }
  fineSince = judged === 'ready' ? (fineSince ?? now) : null;
  if (fineSince === null) stillAsked = false;
  const step: SteadyStep = { state: { shown, pending, fineSince, spoken, spokenAt, lastFaceAt, stillAsked } };
  if (shown !== spoken && (spokenAt === null || now - spokenAt >= timing.speakEveryMs)) {
    step.speak = shown;
    step.state.spoken = shown;
    step.state.spokenAt = now;
  }
  if (shown === 'ready' && fineSince !== null && now - fineSince >= timing.readyMs && !stillAsked) {
    step.takeStill = true;
    step.state.stillAsked = true;
  }
  if (now - lastFaceAt >= timing.noFaceStopMs) step.stop = 'no-face';
  return step;
}
