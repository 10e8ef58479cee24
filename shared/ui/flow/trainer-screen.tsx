import type { RefObject } from 'preact';
import type { Translator } from '../../i18n/translator';
import { SCENARIO_IDS, isScenarioId, loadScenario, scenarioDescriptionKey, scenarioPhotoUrl, scenarioTitleKey, type ScenarioId } from '../../scenarios/index';
import type { Scenario } from '../../scenarios/index';

export interface ScenarioLibrary {
  ids: readonly ScenarioId[];
  load(id: string): Promise<Scenario & { photoUrl: string | null }>;
}

/** The recorded phones shipped with Listo: the list is cheap, each file and photo loads when chosen. */
export const shippedScenarios: ScenarioLibrary = {
  ids: SCENARIO_IDS,
  async load(id) {
    if (!isScenarioId(id)) throw new Error(`no scenario ${id}`);
    const scenario = await loadScenario(id);
    return { ...scenario, photoUrl: scenario.photo ? await scenarioPhotoUrl(scenario.photo) : null };
  },
};

/** Trainer mode: pick a recorded phone; the whole app then behaves as that phone, with a banner on every screen. */
export function TrainerScreen({ t, library, start, back, heading }: { t: Translator; library: ScenarioLibrary; start(id: ScenarioId): void; back(): void; heading: RefObject<HTMLHeadingElement> }) {
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.t('flow.trainer.title')}
      </h1>
      <p>{t.t('flow.trainer.intro')}</p>
      <ul class="choices" role="list">
        {library.ids.map((id) => (
          <li key={id}>
            <button type="button" class="choice choice--profile" data-scenario={id} onClick={() => start(id)}>
              <span class="choice__name">{t.t(scenarioTitleKey(id))}</span>
              <span class="choice__status">{t.t(scenarioDescriptionKey(id))}</span>
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" onClick={back}>
          {t.t('flow.back')}
        </button>
      </div>
    </div>
  );
}
