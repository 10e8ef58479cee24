import '../shared/ui/listo.css';
import { browserSpeech, mountSelfCheck } from '../shared/ui/index';
import { pwaExtras, startPwa } from './pwa-extras';

/** Some private modes throw on the mere access of localStorage. */
function localStorageIfAllowed(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

const root = document.getElementById('app');
if (root) {
  const app = mountSelfCheck(root, {
    // Our own origin is the reference clock: no third party learns anything.
    clockReferenceUrl: new URL('./', location.href).href,
    reachabilityUrl: new URL('./', location.href).href,
    storage: localStorageIfAllowed(),
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
