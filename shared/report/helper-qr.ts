import { renderSVG, type QrCodeGenerateOptions } from 'uqr';

/**
 * The QR code of a helper code, for the phone's summary screen. Its own
 * module so that the screen can import() it when it is shown. The code's
 * symbols, digits and '-' are all in QR's alphanumeric mode (5.5 bits a
 * character instead of 8), so a 38-character code fits a version 2 symbol
 * (25 × 25 modules) at level M.
 */
export const HELPER_QR_OPTIONS = {
  // M: about 15 % may be lost to glare or a crack in the screen and still read.
  ecc: 'M',
  // The quiet zone of 4 modules that ISO/IEC 18004 asks for; laptop cameras need it.
  border: 4,
} as const satisfies QrCodeGenerateOptions;

const QR_ALPHANUMERIC = /^[0-9A-Z-]+$/;

/** An SVG document (a string) of the QR code for `code`, as encodeHelperCode wrote it. */
export function helperQrSvg(code: string): string {
  if (!QR_ALPHANUMERIC.test(code)) throw new RangeError('a helper code is upper case letters, digits and "-"');
  return renderSVG(code, { ...HELPER_QR_OPTIONS, pixelSize: 8 });
}
