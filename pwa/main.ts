import '../shared/ui/listo.css';
import { createElement } from 'preact';
import { browserSpeech, mountGuidedFlow } from '../shared/ui/flow/index';
import { PwaBanners, installOffer, startPwa } from './pwa-extras';

/** Some private modes throw on the mere access of localStorage. */
function localStorageIfAllowed(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

// Our own origin is the reference clock: no third party learns anything.
const ownOrigin = new URL('./', location.href).href;
const storage = localStorageIfAllowed();
const root = document.getElementById('app');

if (root) {
  const flow = mountGuidedFlow(root, {
    live: {
      clockReferenceUrl: () => ownOrigin,
      reachabilityUrl: ownOrigin,
      location: {
        geolocation: navigator.geolocation,
        permissions: navigator.permissions,
        isSecureContext: globalThis.isSecureContext,
        now: () => Date.now(),
      },
      now: () => Date.now(),
    },
    storage,
    languages: navigator.languages,
    userAgent: navigator.userAgent,
    speech: browserSpeech(),
    capture: true,
    ...(navigator.share ? { share: (data: ShareData) => navigator.share(data) } : {}),
    ...(navigator.clipboard ? { copy: (text: string) => navigator.clipboard.writeText(text) } : {}),
    appVersion: __APP_VERSION__,
    // Helpers' old address of the long page now opens All results, the same screen of the same session.
    ...(new URLSearchParams(location.search).get('view') === 'all' ? { initialScreen: { name: 'all' as const } } : {}),
    banner: (t, mayInterrupt) => createElement('div', { class: 'flow__banners' }, createElement(PwaBanners, { t, mayInterrupt })),
    documentElement: document.documentElement,
    install: installOffer,
    history: {
      get state() {
        return history.state as unknown;
      },
      pushState: (data, unused) => history.pushState(data, unused),
      replaceState: (data, unused) => history.replaceState(data, unused),
      back: () => history.back(),
      onPop(listener) {
        const onPopState = (event: PopStateEvent) => listener(event.state);
        addEventListener('popstate', onPopState);
        return () => removeEventListener('popstate', onPopState);
      },
      scrollToTop: () => scrollTo(0, 0),
    },
    ...(navigator.canShare ? { shareFiles: { can: (files: File[]) => navigator.canShare({ files }), share: (files: File[]) => navigator.share({ files }) } } : {}),
  });
  startPwa(() => flow.redraw());
}
