import type { Facts } from '../facts/facts';
import type { FactSource } from './fact-source';
import type { StepId } from './steps';

/** The facts of each step, taken from a whole recorded phone. */
function factsOfStep(facts: Facts, step: StepId): Facts {
  switch (step) {
    case 'time':
      return facts.time ? { time: facts.time } : {};
    case 'location':
      return facts.location ? { location: facts.location } : {};
    case 'photo':
      return facts.photo ? { photo: facts.photo } : {};
    case 'phone':
      return {
        ...(facts.storage ? { storage: facts.storage } : {}),
        ...(facts.network ? { network: facts.network } : {}),
        ...(facts.device ? { device: facts.device } : {}),
      };
  }
}

/**
 * A recorded phone (a trainer scenario, or a client's rebuilt facts): every
 * step answers with what that phone said, whatever this device is.
 */
export function recordedSource(facts: Facts, options: { kind?: 'recorded' | 'reported'; photoUrl?: string | null } = {}): FactSource {
  return {
    kind: options.kind ?? 'recorded',
    gather: async (step) => factsOfStep(facts, step),
    photoUrl: () => options.photoUrl ?? null,
  };
}
