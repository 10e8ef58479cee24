/**
 * The helper code (issue 7, "Show to a helper"): the phone's result as a short
 * code and a QR code, and what a volunteer's console makes of it. The QR
 * parts are separate entries (helper-qr.ts draws, read-qr.ts reads) so a
 * screen can import() them only when it shows or scans one.
 */
export {
  encodeHelperCode,
  decodeHelperCode,
  encodeReport,
  helperReport,
  type HelperCodeInput,
  type HelperReport,
  type DecodeResult,
  type DecodeFailure,
  type RecordedStatus,
  type RegionRelation,
} from './helper-code';
export { groupedForReading, normaliseTypedCode, MAX_TYPED_CODE_LENGTH } from './typed-code';
export { factsFromReport, recordedStatuses, rebuildableChecks, rebuiltJudgedAt, REBUILDABLE_CHECKS, type RebuildableCheckId } from './rebuild';
export { CODE_VERSION, CODE_CHECKS, type CodeCheckId } from './code-layout';
export type { ScaledFigure } from './scales';
export type { QrImage, ReadQrPlatform, BarcodeDetectorLike } from './read-qr';

/**
 * The QR parts, loaded when first needed: drawing (uqr) only on the phone's
 * summary screen, reading (jsQR) only in the console's scanner. Bundlers make
 * each a chunk of its own, so shells reach them through this entry.
 */
export const loadHelperQr = () => import('./helper-qr');
export const loadQrReader = () => import('./read-qr');
