/**
 * The guided flow: a documented sub-entry of shared/, apart from shared/ui/index.ts
 * so that the first load carries the flow and not the long page of every result.
 */
export { mountGuidedFlow, type GuidedFlowHost, type GuidedFlowHandle } from './mount';
export type { ScenarioLibrary } from './trainer-screen';
export { browserSpeech } from '../speech-platform';
export type { Screen } from './flow-app';
