/**
 * Trainer scenarios: recorded phones, loaded only when trainer mode opens.
 * SCENARIO_IDS is a plain list (cheap to import, the picker shows it); each
 * scenario file and sample photo is its own lazy chunk (import.meta.glob
 * without `eager`), so the app downloads none of them before it is asked to.
 */
import { parseScenario, type Scenario } from './scenario';

export { scenarioTitleKey, scenarioDescriptionKey, parseScenario, type Scenario } from './scenario';

/** In the order a trainer sees them: the ones named in issue #7 first, then one per remaining failure. */
export const SCENARIO_IDS = [
  'stale-tzdata-mexico-city-2023',
  'location-denied',
  'approximate-location',
  'outside-area-tapachula-2024',
  'clock-one-hour-off',
  'selfie-too-dark',
  'backlit-selfie',
  'heic-photo-too-large',
  'private-browsing-storage-refused',
  'everything-ready',
  'wrong-time-zone',
  'location-very-imprecise',
  'offline',
  'storage-full',
  'large-cache',
  'old-browser',
  'no-camera',
  'blurry-selfie',
  'washed-out-selfie',
  'sideways-photo',
  'photo-with-gps',
  'no-face-in-photo',
  'two-people-in-selfie',
  'face-cut-off',
  'face-too-small',
  'head-tilted',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

// The globs sit inside functions: Vite rewrites them wherever they are, and code run without Vite
// (tsx scripts that import shared/index.ts) never calls them.
const scenarioFiles = () => import.meta.glob<unknown>('./*.json', { import: 'default' });
// The app shows the small copies (photos/thumbs/); the full photos are the source of the recorded facts.
const photoFiles = () => import.meta.glob<string>('./photos/thumbs/*.jpg', { query: '?url', import: 'default' });

/** Loads one scenario file (a separate chunk) and checks its shape. */
export async function loadScenario(id: ScenarioId): Promise<Scenario> {
  const load = scenarioFiles()[`./${id}.json`];
  if (!load) throw new Error(`no scenario file for ${id}`);
  const scenario = parseScenario(await load());
  if (scenario.id !== id) throw new Error(`scenario file ${id}.json says it is ${scenario.id}`);
  return scenario;
}

/** Every scenario, in SCENARIO_IDS order: for tests and tools, not for the app's first load. */
export async function loadAllScenarios(): Promise<Scenario[]> {
  return Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)));
}

/** The URL of a scenario's sample photo, resolved by the bundler (the photo itself loads when shown). */
export async function scenarioPhotoUrl(name: string): Promise<string> {
  const load = photoFiles()[`./photos/thumbs/${name}`];
  if (!load) throw new Error(`no scenario photo ${name}`);
  return load();
}

/** Every scenario file the bundler found (ids), for the test that each is in SCENARIO_IDS. */
export function scenarioFileIds(): string[] {
  return Object.keys(scenarioFiles()).map((path) => path.slice(2, -'.json'.length));
}

/** Every sample photo the bundler found (file names). */
export function scenarioPhotoFiles(): string[] {
  return Object.keys(photoFiles()).map((path) => path.slice('./photos/thumbs/'.length));
}
