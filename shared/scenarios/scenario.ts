import type { Facts } from '../facts/facts';
import { PLATFORMS, type Platform } from '../fixes/fix-library';
import type { ProfileId } from '../profiles/index';
import type { ScenarioId } from './index';

/**
 * A trainer scenario: what one phone said, recorded as facts, judged by the
 * same `judge` as a real phone. Its title and description are catalogue keys
 * (scenarioTitleKey, scenarioDescriptionKey), so translators add languages.
 * Written by scripts/make-scenarios.ts; never edit the JSON by hand.
 */
export interface Scenario {
  /** Stable id and file name, such as 'stale-tzdata-mexico-city-2023'. */
  id: string;
  /** The profile it is judged under by default. */
  profileId: ProfileId;
  platform: Platform;
  /** What that phone said (recorded instants, never "now"), including location facts as a position request returned them. */
  facts: Facts;
  /** File name of the sample photo in shared/scenarios/photos/, made for Listo. */
  photo?: string;
}

// Typed by ScenarioId, so a shipped scenario without its words in the English catalogue fails the type check.
export const scenarioTitleKey = <S extends ScenarioId>(id: S): `scenario.${S}.title` => `scenario.${id}.title`;
export const scenarioDescriptionKey = <S extends ScenarioId>(id: S): `scenario.${S}.description` => `scenario.${id}.description`;

const FACT_GROUPS = new Set(['time', 'location', 'storage', 'network', 'device', 'photo']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks that data read from a scenario file has a scenario's shape (the
 * groups of facts are the probes' own types; their fields are checked by
 * judging). Throws with the reason otherwise. The profile id is checked
 * against `profileIds` when given: the profiles stay out of this module, so
 * trainer mode costs nothing until it opens.
 */
export function parseScenario(data: unknown, profileIds?: readonly string[]): Scenario {
  if (!isRecord(data)) throw new TypeError('a scenario is an object');
  const { id, profileId, platform, facts, photo } = data;
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new TypeError(`scenario id ${String(id)} is not a kebab-case name`);
  if (typeof profileId !== 'string' || (profileIds && !profileIds.includes(profileId))) throw new TypeError(`${id}: unknown profile ${String(profileId)}`);
  if (!(PLATFORMS as readonly unknown[]).includes(platform)) throw new TypeError(`${id}: unknown platform ${String(platform)}`);
  if (!isRecord(facts)) throw new TypeError(`${id}: facts must be an object`);
  for (const [group, value] of Object.entries(facts)) {
    if (!FACT_GROUPS.has(group)) throw new TypeError(`${id}: unknown fact group ${group}`);
    if (!isRecord(value)) throw new TypeError(`${id}: facts.${group} must be an object`);
  }
  if (photo !== undefined && (typeof photo !== 'string' || !/^[a-z0-9-]+\.jpg$/.test(photo))) throw new TypeError(`${id}: photo must be a .jpg file name`);
  return data as unknown as Scenario;
}
