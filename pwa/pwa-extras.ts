import { registerSW } from 'virtual:pwa-register';
import type { Translator } from '../shared/index';
import { h } from '../shared/ui/flow/index';

/** What the service worker and the browser told us, shown as banners above the checks. */
interface PwaState {
  needRefresh: boolean;
  offlineReady: boolean;
  online: boolean;
  installPrompt: BeforeInstallPromptEvent | null;
  updateSW: ((reload?: boolean) => Promise<void>) | null;
}

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

const state: PwaState = { needRefresh: false, offlineReady: false, online: navigator.onLine, installPrompt: null, updateSW: null };
let redraw: () => void = () => undefined;

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
  state.updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => ((state.needRefresh = true), redraw()),
    onOfflineReady: () => ((state.offlineReady = true), redraw()),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Prompt mode only notices updates on navigation; installed apps are rarely navigated (vite-plugin-pwa #482).
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
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

/** `mayInterrupt` is false during a step: an update prompt waits for the start or the summary screen. */
export function pwaExtras(translator: Translator, mayInterrupt = true): Node[] {
  const nodes: Node[] = [];
  if (!state.online) nodes.push(h('p', { class: 'banner', role: 'status' }, translator.t('app.offline')));
  if (state.needRefresh && mayInterrupt) {
    nodes.push(
      h(
        'div',
        { class: 'banner', role: 'alert' },
        h('p', {}, translator.t('app.updateReady')),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', onclick: () => void state.updateSW?.(true) }, translator.t('app.updateNow')),
          h('button', { type: 'button', class: 'secondary', onclick: () => ((state.needRefresh = false), redraw()) }, translator.t('app.updateLater')),
        ),
      ),
    );
  } else if (state.offlineReady) {
    nodes.push(h('p', { class: 'banner', role: 'status' }, translator.t('app.offlineReady')));
  }
  if (state.installPrompt) {
    const prompt = state.installPrompt;
    nodes.push(
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', id: 'install', onclick: () => void prompt.prompt().then(() => ((state.installPrompt = null), redraw())) }, translator.t('app.install')),
      ),
    );
  } else if (isIos()) {
    nodes.push(h('p', { class: 'note' }, translator.t('app.installIos')));
  }
  return nodes;
}
