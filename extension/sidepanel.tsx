import '../shared/ui/listo.css';
import { browserSpeech, mountGuidedFlow } from '../shared/ui/flow/index';
import { loadTranslator } from '../shared/ui/console/index';
import { ClearSiteTool } from './clear-site-tool';
import { rememberedClockReference } from './clock-reference';
import { ClockReferenceTool } from './clock-reference-tool';
import { mountConsole } from './console/console-app';
import { panelLanguage } from './console/panel-language';
import { chromeSessionStore } from './console/saved-sessions';
import { clockReferenceFromSettings } from './settings';
import { receivePendingPhotos } from './pending-photo-view';

const root = document.getElementById('app');
const consoleRoot = document.getElementById('console');
if (root) {
  // An extension page has no server of its own: the volunteer names a site whose Date header is the reference.
  let clockReference: string | null = null;
  const location = { geolocation: navigator.geolocation, permissions: navigator.permissions, isSecureContext: globalThis.isSecureContext, now: () => Date.now() };
  // "This computer": All results of the guided flow, on this computer's own session, with the volunteer's tools.
  const computer = mountGuidedFlow(root, {
    live: { clockReferenceUrl: () => clockReference, reachabilityUrl: null, location, now: () => Date.now() },
    storage: localStorage,
    languages: navigator.languages,
    userAgent: navigator.userAgent,
    speech: browserSpeech(),
    capture: false,
    device: 'computer',
    initialScreen: { name: 'all' },
    documentElement: document.documentElement,
    tools: (t) => (
      <>
        <ClockReferenceTool t={t} api={chrome} storage={localStorage} current={clockReference} onReference={useReference} />
        <ClearSiteTool t={t} api={chrome} />
      </>
    ),
  });
  function useReference(url: string): void {
    clockReference = url;
    computer.redraw();
    computer.recheck('time');
  }
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
            live: { clockReferenceUrl: () => null, reachabilityUrl: null, location, now: () => Date.now() },
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
