import '../shared/ui/listo.css';
import { browserSpeech, h, mountSelfCheck, type SelfCheckHost } from '../shared/ui/index';
import { loadTranslator } from '../shared/ui/console/index';
import { createClearSiteTool } from './clear-site-tool';
import { rememberedClockReference } from './clock-reference';
import { createClockReferenceTool } from './clock-reference-tool';
import { mountGuidedFlow } from '../shared/ui/flow/index';
import { mountConsole } from './console/console-app';
import { panelLanguage } from './console/panel-language';
import { chromeSessionStore } from './console/saved-sessions';
import { clockReferenceFromSettings } from './settings';
import { receivePendingPhotos } from './pending-photo-view';

const root = document.getElementById('app');
const consoleRoot = document.getElementById('console');
if (root) {
  let redraw: () => void = () => undefined;
  let rerun: () => Promise<void> = async () => undefined;
  const clearSiteTool = createClearSiteTool(chrome, () => redraw());
  const host: SelfCheckHost = {
    // An extension page has no server of its own: the volunteer names a site whose Date header is the reference.
    clockReferenceUrl: null,
    storage: localStorage,
    geolocation: navigator.geolocation,
    permissions: navigator.permissions,
    languages: navigator.languages,
    userAgent: navigator.userAgent,
    speech: browserSpeech(),
    isSecureContext: globalThis.isSecureContext,
    evidenceOpen: true,
    photo: { dropZone: true, evidenceOpen: true, now: () => Date.now() },
    extras: (translator) => [
      h('p', { class: 'note' }, translator.t('extension.subtitle')),
      clockTool(translator, host.clockReferenceUrl),
      clearSiteTool(translator),
    ],
  };
  const useReference = (url: string) => {
    host.clockReferenceUrl = url;
    void rerun();
  };
  const clockTool = createClockReferenceTool(chrome, localStorage, useReference, () => redraw());
  const app = mountSelfCheck(root, host);
  redraw = () => app.render();
  rerun = () => app.rerun();
  // The volunteer's own choice first, else the Listo app's address from the options page.
  void rememberedClockReference(chrome, localStorage)
    .then(async (url) => url ?? (await clockReferenceFromSettings(chrome)))
    .then((url) => url && useReference(url));

  if (consoleRoot) {
    const language = panelLanguage(localStorage.getItem('listo.language'), navigator.languages);
    void loadTranslator(language).then((t) =>
      mountConsole(consoleRoot, t, {
        computer: root,
        store: chromeSessionStore(chrome.storage.local),
        handoutUrl: (code, lang) => `handout.html#${new URLSearchParams({ code, lang })}`,
        openOptions: () => void chrome.runtime.openOptionsPage(),
        // The handout reads the Listo app's address from the options itself.
        mountTrainer: (trainerRoot) =>
          mountGuidedFlow(trainerRoot, {
            live: { clockReferenceUrl: () => null, reachabilityUrl: null, location: { geolocation: navigator.geolocation, permissions: navigator.permissions, now: () => Date.now() }, now: () => Date.now() },
            storage: localStorage,
            languages: navigator.languages,
            userAgent: navigator.userAgent,
            speech: browserSpeech(),
            capture: false,
            initialScreen: { name: 'trainer' },
          }),
      }),
    );
  }
  receivePendingPhotos(chrome, document);
}
