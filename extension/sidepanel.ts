import '../shared/ui/listo.css';
import { browserSpeech, h, mountSelfCheck, type SelfCheckHost } from '../shared/ui/index';
import { createClearSiteTool } from './clear-site-tool';
import { rememberedClockReference } from './clock-reference';
import { createClockReferenceTool } from './clock-reference-tool';
import { receivePendingPhotos } from './pending-photo-view';

const root = document.getElementById('app');
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
  void rememberedClockReference(chrome, localStorage).then((url) => url && useReference(url));
  receivePendingPhotos(chrome, document);
}
