/**
 * What the volunteer console builds its screens from: the flow's parts
 * (status, fixes with pictures, labelled figures) and the translator loader.
 * A sub-entry of its own, so the phone's first load does not carry them.
 */
export { StatusBadge, Fixes, Evidence, PlatformSwitch } from '../flow/parts';
export { FixPicture } from '../flow/pictures';
export { loadTranslator, loadedTranslator } from '../../i18n/load-translator';
/** The accepted area with a client's reported position; the outlines load only when there is one to draw. */
export { PositionMap } from '../flow/position-map';
