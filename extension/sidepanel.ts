import '../shared/ui/listo.css';
import { browserSpeech, h, mountSelfCheck } from '../shared/ui/index';
import { createClearSiteTool } from './clear-site-tool';

const root = document.getElementById('app');
if (root) {
  let redraw: () => void = () => undefined;
  const clearSiteTool = createClearSiteTool(chrome, () => redraw());
  const app = mountSelfCheck(root, {
    // An extension page has no server of its own to read a Date header from.
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
    extras: (translator) => [h('p', { class: 'note' }, translator.t('extension.subtitle')), clearSiteTool(translator)],
  });
  redraw = () => app.render();
}
