/**
 * What the volunteer console builds its screens from: the flow's parts
 * (status, fixes with pictures, labelled figures) and the translator loader.
 * A sub-entry of its own, so the phone's first load does not carry them.
 */
export { StatusBadge, Fixes, Evidence, PlatformSwitch } from '../flow/parts';
export { FixPicture } from '../flow/pictures';
export { loadTranslator, loadedTranslator } from '../../i18n/load-translator';
export { renderAreaMap } from '../area-map-view';
/** The state outlines, loaded only when a client's code carries a position to draw (core-geo.ts). */
export const loadGeo = () => import('../core-geo');
