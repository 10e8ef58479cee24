import { browserSpeech, mountSelfCheck } from '../shared/ui/index';
import { pwaExtras, startPwa } from './pwa-extras';

/** Every result on one page, for helpers ("All results"): loaded only when asked for. */
export function mountAllResults(root: HTMLElement, ownOrigin: string, storage: Storage | undefined): void {
  const app = mountSelfCheck(root, {
    clockReferenceUrl: ownOrigin,
    reachabilityUrl: ownOrigin,
    storage,
    geolocation: navigator.geolocation,
    permissions: navigator.permissions,
    languages: navigator.languages,
    userAgent: navigator.userAgent,
    speech: browserSpeech(),
    isSecureContext: globalThis.isSecureContext,
    extras: pwaExtras,
    photo: {
      capture: true,
      now: () => Date.now(),
      share: navigator.share ? (data) => navigator.share(data) : undefined,
      canShare: navigator.canShare ? (data) => navigator.canShare(data) : undefined,
    },
  });
  startPwa(() => app.render());
}
