import type { Facts, PhotoFacts } from '../facts/facts';
import type { RgbaImage } from '../photo/pixels/measure';
import type { Finding } from '../checks/finding';
import type { CheckId } from '../checks/registry';
import type { FactNeed } from '../checks/check';
import type { Platform } from '../fixes/fix-library';
import type { LanguageCode } from '../i18n/languages';
import type { ProfileId } from '../profiles/index';
import type { FactSource, GatherRequest } from './fact-source';
import type { StepId } from './steps';

export interface Choices {
  language: LanguageCode;
  profileId: ProfileId;
  platform: Platform;
}

/** A check of the profile that gave no finding, and the facts it was waiting for. */
export interface NotRun {
  check: CheckId;
  missing: FactNeed[];
}

export interface Judgement {
  findings: Finding[];
  notRun: NotRun[];
}

/** Judging lives in the lazily loaded core; the session is handed it. */
export type JudgeFn = (facts: Facts, profileId: ProfileId) => Promise<Judgement>;

export interface SessionState {
  readonly choices: Choices;
  readonly source: FactSource['kind'];
  readonly facts: Facts;
  /** Judged over all facts gathered so far, under the chosen profile; null before the first judgement. */
  readonly judgement: Judgement | null;
  /** Steps whose facts are being gathered or judged now: their verdict is not yet the one for their facts. */
  readonly gathering: ReadonlySet<StepId>;
  /** Steps the person asked for at least once (a step read quietly, such as the location hint at the start, is not among them). */
  readonly gathered: ReadonlySet<StepId>;
  /** Steps whose last check could not be finished (the facts or the judging failed): "could not check, try again". */
  readonly failed: ReadonlySet<StepId>;
}

export interface Session {
  state(): SessionState;
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Never rejects: a failure is kept in `failed` for the step. */
  gather(step: StepId, request?: GatherRequest): Promise<void>;
  /** Never rejects: a failed judgement marks the steps asked for as `failed`. */
  choose(choices: Partial<Choices>): Promise<void>;
  /** Forget every fact: "Start again". */
  reset(): void;
  /** The pixels the shown photo facts were measured on, where the source keeps them (the live one does). */
  photoPixels(facts: PhotoFacts): RgbaImage | null;
}

const withStep = (set: ReadonlySet<StepId>, step: StepId) => new Set([...set, step]);
const withoutStep = (set: ReadonlySet<StepId>, step: StepId) => new Set([...set].filter((s) => s !== step));

/**
 * One check-up: all its facts, the findings judged from them, and the
 * person's choices. Gathering merges a step's facts and judges everything
 * again, so a photo and the time are always judged together.
 *
 * Reads and judgements overlap (the start's quiet location read and the
 * person's own; a photo judged while the time is), so order is by when a
 * thing was asked for, never by when it arrived.
 */
export function createSession(options: { source: FactSource; choices: Choices; judge: JudgeFn }): Session {
  let state: SessionState = {
    choices: options.choices,
    source: options.source.kind,
    facts: {},
    judgement: null,
    gathering: new Set(),
    gathered: new Set(),
    failed: new Set(),
  };
  const listeners = new Set<(state: SessionState) => void>();
  // Every read and every judgement takes the next number; a later one is never overwritten by an earlier one.
  let sequence = 0;
  // Reads and judgements asked for before the last reset belong to the old check-up.
  let resetAt = 0;
  // Reads of each step under way: the step is busy until the last of them is judged.
  const busyCount = new Map<StepId, number>();
  // The number of the read whose facts each step holds now.
  const mergedRead = new Map<StepId, number>();
  // The newest judgement asked for: it covers every fact merged before it was asked.
  let newest: { number: number; settled: Promise<boolean> } = { number: 0, settled: Promise.resolve(true) };

  const update = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  function rejudge(): void {
    const number = ++sequence;
    const { facts, choices } = state;
    const settled = Promise.resolve()
      .then(() => options.judge(facts, choices.profileId))
      .then(
        (judgement) => {
          // Shown only if no later judgement was asked for meanwhile and no reset came between.
          if (number === newest.number && number > resetAt) update({ judgement });
          return true;
        },
        () => false,
      );
    newest = { number, settled };
  }

  /** Waits for the newest judgement asked for, however many are asked for meanwhile; true if it succeeded. */
  async function judged(): Promise<boolean> {
    for (;;) {
      const awaited = newest;
      const ok = await awaited.settled;
      if (awaited === newest) return ok;
    }
  }

  const setBusy = (step: StepId, delta: 1 | -1) => {
    const count = (busyCount.get(step) ?? 0) + delta;
    busyCount.set(step, count);
    return count;
  };

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async gather(step, request = { ask: false }) {
      const read = ++sequence;
      setBusy(step, 1);
      update({ gathering: withStep(state.gathering, step), ...(request.ask ? { failed: withoutStep(state.failed, step) } : {}) });
      let ok = false;
      try {
        const facts = await options.source.gather(step, { ...request, profileId: state.choices.profileId });
        // Dropped: facts of the old check-up after a reset, and facts older than the step's newest read (a quiet
        // read that ends after the person's own brings thinner facts, such as no position, and must not replace them).
        const current = read > resetAt && read > (mergedRead.get(step) ?? 0) && !(!request.ask && state.gathered.has(step));
        if (current) {
          mergedRead.set(step, read);
          update({ facts: { ...state.facts, ...facts }, gathered: request.ask ? withStep(state.gathered, step) : state.gathered });
          rejudge();
        }
        ok = await judged();
      } catch {
        ok = false;
      } finally {
        const left = setBusy(step, -1);
        const stale = read <= resetAt;
        update({
          ...(left === 0 ? { gathering: withoutStep(state.gathering, step) } : {}),
          ...(stale ? {} : { failed: ok ? withoutStep(state.failed, step) : withStep(state.failed, step) }),
        });
      }
    },
    async choose(choices) {
      update({ choices: { ...state.choices, ...choices } });
      if (choices.profileId === undefined) return;
      rejudge();
      if (!(await judged())) update({ failed: new Set([...state.failed, ...state.gathered]) });
    },
    reset() {
      resetAt = ++sequence;
      mergedRead.clear();
      update({ facts: {}, judgement: null, gathered: new Set(), failed: new Set() });
    },
    photoPixels: (facts) => options.source.photoPixels?.(facts) ?? null,
  };
}
