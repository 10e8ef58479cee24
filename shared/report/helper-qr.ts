import { renderSVG, type QrCodeGenerateOptions } from 'uqr';

/**
 * The QR code of a helper code, for the phone's summary screen. Its own
 * module so that the screen can import() it when it is shown. The code's
 * symbols are all in QR's alphanumeric mode (5.5 bits a character instead
 * of 8). The QR carries them without the dashes, which only group them for a
 * person (decodeHelperCode reads a code with or without): a whole
 * self-check, 32 symbols, fits a version 2 symbol (25 × 25 modules, 38
 * characters) at level M.
 */
export const HELPER_QR_OPTIONS = {
  // M: about 15 % may be lost to glare or a crack in the screen and still read.
  ecc: 'M',
  // The quiet zone of 4 modules that ISO/IEC 18004 asks for; laptop cameras need it.
  border: 4,
} as const satisfies QrCodeGenerateOptions;

const QR_ALPHANUMERIC = /^[0-9A-Z-]+$/;

/** The text the QR code of `code` holds: its symbols, without the dashes. */
export function helperQrText(code: string): string {
  return code.replaceAll('-', '');
}

/** An SVG document (a string) of the QR code for `code`, as encodeHelperCode wrote it. */
export function helperQrSvg(code: string): string {
  if (!QR_ALPHANUMERIC.test(code)) throw new RangeError('a helper code is upper case letters, digits and "-"');
  return renderSVG(helperQrText(code), { ...HELPER_QR_OPTIONS, pixelSize: 8 });
}

/** An SVG of a QR code that opens an address (the handout's link to the Listo app). */
export function addressQrSvg(address: string): string {
  return renderSVG(new URL(address).href, { ...HELPER_QR_OPTIONS, pixelSize: 6 });
}
