import '../shared/ui/listo.css';
import { h, mountSelfCheck } from '../shared/ui/index';

const root = document.getElementById('app');
if (root) {
  mountSelfCheck(root, {
    // An extension page has no server of its own to read a Date header from.
    clockReferenceUrl: null,
    storage: localStorage,
    geolocation: navigator.geolocation,
    permissions: navigator.permissions,
    languages: navigator.languages,
    userAgent: navigator.userAgent,
    evidenceOpen: true,
    photo: { dropZone: true, evidenceOpen: true, now: () => Date.now() },
    extras: (translator) => [h('p', { class: 'note' }, translator.t('extension.subtitle'))],
  });
}
