import type { ScenarioLibrary } from '../shared/ui/flow/index';

/** Trainer scenarios load only when trainer mode opens (they are precached for offline). */
export const scenarioLibrary: ScenarioLibrary = {
  ids: [],
  load: async (id) => {
    throw new Error(`no scenario ${id}`);
  },
};
