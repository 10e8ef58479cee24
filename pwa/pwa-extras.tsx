import type { Translator } from '../shared/index';
import { loadRegisterSW } from './service-worker-modules';
import type { OfflineReadiness } from './offline-readiness';

/** What the service worker and the browser told us, shown as banners above the checks. */
interface PwaState {
  needRefresh: boolean;
  offlineReadiness: OfflineReadiness;
  /** Whether this visit began without a working service worker: only then is "works offline now" news. */
  firstVisit: boolean;
  online: boolean;
  installPrompt: BeforeInstallPromptEvent | null;
  updateSW: ((reload?: boolean) => Promise<void>) | null;
}

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

const state: PwaState = {
  needRefresh: false,
  offlineReadiness: 'serviceWorker' in navigator ? 'checking' : 'unsupported',
  firstVisit: !('serviceWorker' in navigator) || navigator.serviceWorker.controller === null,
  online: navigator.onLine,
  installPrompt: null,
  updateSW: null,
};
let redraw: () => void = () => undefined;
const readinessListeners = new Set<(readiness: OfflineReadiness) => void>();

/**
 * Whether Listo works on this phone without internet now (pwa/offline-readiness.ts): `ready` only once the app
 * shell, the face model and the language shown are all on the phone.
 */
export function offlineReadiness(): OfflineReadiness {
  return state.offlineReadiness;
}

/** Calls `listener` whenever the offline readiness changes; returns how to stop. */
export function onOfflineReadiness(listener: (readiness: OfflineReadiness) => void): () => void {
  readinessListeners.add(listener);
  return () => void readinessListeners.delete(listener);
}

/**
 * Once the first screen is painted (the flow draws it before calling startPwa): registering earlier put
 * workbox-window and the service worker's downloads on the line the first screen waits for; waiting for `load`
 * as well left the line idle for round trips the precache needed (issue 21).
 */
function afterFirstScreen(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** Starts the service worker and the browser listeners once; `onChange` redraws the page. */
export function startPwa(onChange: () => void): void {
  redraw = onChange;
  addEventListener('online', () => ((state.online = true), redraw()));
  addEventListener('offline', () => ((state.online = false), redraw()));
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    state.installPrompt = event as BeforeInstallPromptEvent;
    redraw();
  });
  if (!('serviceWorker' in navigator)) return;
  afterFirstScreen(() => void registerServiceWorker());
}

async function registerServiceWorker(): Promise<void> {
  // The readiness watch loads with the registration, after the first screen: it is not needed before (issue 21, first load).
  const [registerSW, { browserReadinessPlatform, watchOfflineReadiness }] = await Promise.all([loadRegisterSW(), import('./offline-readiness')]);
  state.updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => ((state.needRefresh = true), redraw()),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      watchOfflineReadiness(browserReadinessPlatform(registration), (readiness) => {
        state.offlineReadiness = readiness;
        for (const listener of readinessListeners) listener(readiness);
        redraw();
      });
      // Prompt mode only notices updates on navigation; installed apps are rarely navigated (vite-plugin-pwa #482).
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
    },
    onRegisterError: () => {
      state.offlineReadiness = 'not-ready';
      redraw();
    },
  });
}

/** The browser's install prompt for the flow's install screen (which also shows the steps by hand). */
export const installOffer = {
  available: () => state.installPrompt !== null,
  async prompt(): Promise<void> {
    const prompt = state.installPrompt;
    if (!prompt) return;
    await prompt.prompt();
    state.installPrompt = null;
    redraw();
  },
};

function isIos(): boolean {
  return /iphone|ipad|ipod/i.test(navigator.userAgent) && !matchMedia('(display-mode: standalone)').matches;
}

/**
 * The shell's banners above the checks. `mayInterrupt` is false during a step: an update prompt waits for the
 * start or the summary screen. Reads the module's state on each render: startPwa's `onChange` draws again.
 */
export function PwaBanners({ t, mayInterrupt }: { t: Translator; mayInterrupt: boolean }) {
  const installPrompt = state.installPrompt;
  return (
    <>
      {!state.online && (
        <p class="banner" role="status">
          {t.t('app.offline')}
        </p>
      )}
      {state.needRefresh && mayInterrupt ? (
        <div class="banner" role="alert">
          <p>{t.t('app.updateReady')}</p>
          <div class="actions">
            <button type="button" onClick={() => void state.updateSW?.(true)}>
              {t.t('app.updateNow')}
            </button>
            <button type="button" class="secondary" onClick={() => ((state.needRefresh = false), redraw())}>
              {t.t('app.updateLater')}
            </button>
          </div>
        </div>
      ) : (
        state.offlineReadiness === 'ready' &&
        state.firstVisit && (
          // Said once it is true (face model and language included), on the visit that made it true.
          <p class="banner" role="status" data-offline="ready">
            {t.t('app.offlineReady')}
          </p>
        )
      )}
      {installPrompt ? (
        <div class="actions">
          <button type="button" id="install" onClick={() => void installPrompt.prompt().then(() => ((state.installPrompt = null), redraw()))}>
            {t.t('app.install')}
          </button>
        </div>
      ) : (
        isIos() && <p class="note">{t.t('app.installIos')}</p>
      )}
    </>
  );
}
