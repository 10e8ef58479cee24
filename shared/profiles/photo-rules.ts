import { borrowedFor } from './borrowed';
import type { PhotoRules } from './profile';

const V = '2026-11-25';
const OFIQ = 'ISO/IEC 29794-5 measure as implemented by OFIQ (BSI, MIT), data/ofiq_config.jaxn';
const CALIBRATED =
  'Listo threshold, calibrated on real photos (test/fixtures/photos: the dark Nikon D7000 and the blown-out Xiaomi MI3 fail, well-exposed phone photos pass) and on darkened, blown-out, washed-out and blurred copies (test/checks/photo-*.test.ts)';
const YOTI = 'Yoti, developers.yoti.com, selfie image requirements (a documented commercial selfie specification, not a government one)';

/** Lighting, sharpness and capture-time rules: the same measures for every app until one publishes its own. */
const measured: Pick<PhotoRules, 'exposure' | 'contrast' | 'sharpness' | 'backlight' | 'captureTime' | 'decodeBudgetMegapixels'> = {
  decodeBudgetMegapixels: {
    value: 50,
    source: 'Listo limit: decoding more on a phone risks running out of memory; iOS canvases go blank above 16.7 MP (PITFALLS.md)',
    verified: V,
  },
  exposure: {
    failMeanBelow: { value: 8, source: `${OFIQ} (LuminanceMean); ${CALIBRATED}`, verified: V, note: 'Normal photos measure a linear-light mean L of about 45–90 (FACTS.md)' },
    warnMeanBelow: { value: 16, source: `${OFIQ} (LuminanceMean); ${CALIBRATED}`, verified: V },
    failUnderShare: { value: 0.95, source: `${OFIQ} (UnderExposurePrevention, L ≤ 25); ${CALIBRATED}`, verified: V },
    failOverShare: { value: 0.2, source: `${OFIQ} (OverExposurePrevention, L ≥ 247); ${CALIBRATED}`, verified: V },
    warnOverShare: { value: 0.08, source: `${OFIQ} (OverExposurePrevention, L ≥ 247); ${CALIBRATED}`, verified: V },
    meanRgb: { value: [40, 215], source: `${YOTI}: mean RGB brightness 40–215`, verified: V },
  },
  contrast: {
    failVarianceBelow: { value: 0.006, source: `${OFIQ} (LuminanceVariance); ${CALIBRATED}`, verified: V },
    warnVarianceBelow: { value: 0.015, source: `${OFIQ} (LuminanceVariance); ${CALIBRATED}`, verified: V },
    failEntropyBelow: { value: 3, source: `${OFIQ} (DynamicRange, histogram entropy in bits); ${CALIBRATED}`, verified: V },
  },
  sharpness: {
    failBelow: { value: 30, source: `Variance of the Laplacian (Pech-Pacheco et al., 2000) at 512 px; ${CALIBRATED}`, verified: V },
    warnBelow: { value: 50, source: `Variance of the Laplacian (Pech-Pacheco et al., 2000) at 512 px; ${CALIBRATED}`, verified: V },
  },
  backlight: {
    failRatioBelow: { value: 0.35, source: `Listo: central-ellipse face proxy against its surround (OFIQ measures the face; no face box here); ${CALIBRATED}`, verified: V },
    warnRatioBelow: { value: 0.6, source: `Listo: central-ellipse face proxy against its surround; ${CALIBRATED}`, verified: V },
    minSurroundMean: { value: 25, source: `Listo: a dark surround cannot backlight a face; ${CALIBRATED}`, verified: V },
  },
  captureTime: {
    futureToleranceHours: {
      value: 14,
      source: 'Listo: a capture time without an offset is local wall-clock time, which can be up to UTC+14 ahead',
      verified: V,
    },
    warnOlderThanDays: {
      value: 30,
      source: 'Listo default: apps that ask for a selfie want a recent photo; an old date on a new photo means a wrong camera clock',
      verified: V,
    },
  },
};

/**
 * Photo rules for an app that publishes no photo specification: the file
 * limits are borrowed from the Yoti selfie specification, and every source
 * says so by name (FACTS.md: "Do not invent one").
 */
function borrowedPhotoRules(app: string, noteKey: string): PhotoRules {
  const none = `No public ${app} photo specification; borrowed from ${YOTI}`;
  return {
    ...borrowedFor(measured, app),
    noteKey,
    formats: {
      value: ['jpeg', 'png'],
      source: `No public ${app} photo specification; borrowed from the documented references, which take JPEG (US visa photo DS-160: JPEG); PNG opens everywhere; HEIC does not (PITFALLS.md)`,
      verified: V,
      note: `No ${app} figure: say so to the person`,
    },
    minBytes: { value: 50_000, source: `${none}: at least 50 KB`, verified: V },
    maxBytes: { value: 1_500_000, source: `${none}: at most 1.5 MB`, verified: V },
    minSide: { value: 300, source: `${none}: sides of at least 300 px`, verified: V },
    maxSide: { value: 2000, source: `${none}: sides of at most 2000 px`, verified: V },
    maxMegapixels: { value: 2.1, source: `${none}: at most 2.1 MP`, verified: V },
  };
}

/** CBP One: no public CBP One photo specification exists (FACTS.md; docs/sources.md). */
export const cbpOnePhotoRules: PhotoRules = borrowedPhotoRules('CBP One', 'photo.rules.cbpOne');

/** SmartLINK: no public photo specification (docs/sources.md, SmartLINK). */
export const smartlinkPhotoRules: PhotoRules = borrowedPhotoRules('SmartLINK', 'photo.rules.smartlink');

/** CBP Home: asks for "a clear picture", publishes no photo specification (docs/sources.md, CBP Home). */
export const cbpHomePhotoRules: PhotoRules = borrowedPhotoRules('CBP Home', 'photo.rules.cbpHome');

/** A generic selfie app: anchored on the Yoti selfie specification, labelled as such. */
export const selfiePhotoRules: PhotoRules = {
  ...measured,
  noteKey: 'photo.rules.selfie',
  formats: {
    value: ['jpeg', 'png'],
    source: 'Listo default: JPEG and PNG open in every app and browser; HEIC does not (PITFALLS.md: HEIC decodes only in Safari 17+)',
    verified: V,
  },
  minBytes: { value: 50_000, source: `${YOTI}: at least 50 KB`, verified: V },
  maxBytes: { value: 1_500_000, source: `${YOTI}: at most 1.5 MB`, verified: V },
  minSide: { value: 300, source: `${YOTI}: sides of at least 300 px`, verified: V },
  maxSide: { value: 2000, source: `${YOTI}: sides of at most 2000 px`, verified: V },
  maxMegapixels: { value: 2.1, source: `${YOTI}: at most 2.1 MP`, verified: V },
};
