import type { Facts } from '../facts/facts';
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
  /** Steps whose facts are being gathered now. */
  readonly gathering: ReadonlySet<StepId>;
  /** Steps the person asked for at least once (a step read quietly, such as the location hint at the start, is not among them). */
  readonly gathered: ReadonlySet<StepId>;
}

export interface Session {
  state(): SessionState;
  subscribe(listener: (state: SessionState) => void): () => void;
  gather(step: StepId, request?: GatherRequest): Promise<void>;
  choose(choices: Partial<Choices>): Promise<void>;
  /** Forget every fact: "Start again". */
  reset(): void;
}

/**
 * One check-up: all its facts, the findings judged from them, and the
 * person's choices. Gathering merges a step's facts and judges everything
 * again, so a photo and the time are always judged together.
 */
export function createSession(options: { source: FactSource; choices: Choices; judge: JudgeFn }): Session {
  let state: SessionState = {
    choices: options.choices,
    source: options.source.kind,
    facts: {},
    judgement: null,
    gathering: new Set(),
    gathered: new Set(),
  };
  const listeners = new Set<(state: SessionState) => void>();
  // A later judgement must not be overwritten by an earlier one that finished late.
  let generation = 0;
  // Facts asked for before the last reset belong to the old check-up.
  let resetAt = 0;

  const update = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  async function rejudge(): Promise<void> {
    const mine = ++generation;
    const judgement = await options.judge(state.facts, state.choices.profileId);
    if (mine === generation) update({ judgement });
  }

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async gather(step, request = { ask: false }) {
      update({ gathering: new Set([...state.gathering, step]) });
      const epoch = generation;
      let facts: Facts = {};
      try {
        facts = await options.source.gather(step, { ...request, profileId: state.choices.profileId });
      } finally {
        const gathering = new Set(state.gathering);
        gathering.delete(step);
        // A reset while gathering drops what arrived for the old check-up.
        const stale = epoch < resetAt;
        update({
          gathering,
          ...(stale ? {} : { facts: { ...state.facts, ...facts }, gathered: request.ask ? new Set([...state.gathered, step]) : state.gathered }),
        });
      }
      await rejudge();
    },
    async choose(choices) {
      update({ choices: { ...state.choices, ...choices } });
      if (choices.profileId !== undefined) await rejudge();
    },
    reset() {
      resetAt = ++generation;
      update({ facts: {}, judgement: null, gathered: new Set() });
    },
  };
}
