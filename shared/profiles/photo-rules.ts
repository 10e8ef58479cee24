import { borrowedFor } from './borrowed';
import type { MessageKey } from '../i18n/catalogue';
import type { PhotoRules } from './profile';

const V = '2026-11-25';
const OFIQ = 'ISO/IEC 29794-5 measure as implemented by OFIQ (BSI, MIT), data/ofiq_config.jaxn';
const CALIBRATED =
  'Listo threshold, calibrated on real photos (test/fixtures/photos: the dark Nikon D7000 and the blown-out Xiaomi MI3 fail, well-exposed phone photos pass) and on darkened, blown-out, washed-out and blurred copies (test/checks/photo-*.test.ts)';
const YOTI = 'Yoti, developers.yoti.com, selfie image requirements (a documented commercial selfie specification, not a government one)';

const FACES =
  'Listo threshold, calibrated on synthetic selfies rendered across the 10 Monk Skin Tones in good, side, dim, backlit and harsh light (test/fixtures/faces, CC0; bench/face-fairness.ts prints the pass rates per tone)';
const REAL_FACES =
  'Listo threshold, set on the fairness set: 105 public-domain Congress portraits in six measured skin-tone groups (ITA), clear and with dim, backlit and side light derived from each (test/fixtures/faces/congress; bench/fairness.ts prints every group)';
const ICAO_POSE =
  'ICAO, Portrait Quality (Reference Facial Images for MRTD) technical report 1.0 (2018), pose: roll within ±8° (a passport-photo reference, not a selfie rule); quoted without a network to re-check it: re-check before quoting to users';

/** Lighting, sharpness and capture-time rules: the same measures for every app until one publishes its own. */
const measured: Pick<
  PhotoRules,
  'exposure' | 'contrast' | 'sharpness' | 'backlight' | 'captureTime' | 'decodeBudgetMegapixels' | 'face' | 'faceSize' | 'headRoll' | 'faceLight'
> = {
  face: {
    failOutsideShare: {
      value: 0.2,
      source: `Listo: a face box more than a fifth outside the frame has lost a forehead or a chin; warns from half of it; ${FACES}`,
      verified: '2026-12-02',
    },
  },
  faceSize: {
    share: {
      value: [0.35, 0.8],
      source: `${YOTI}: face box 35–80% of the image`,
      verified: '2026-12-02',
      note: 'Yoti does not say along which side; Listo takes the face box side that fills more of the image. The Tiny Face Detector box runs brow to chin.',
    },
    minFacePixels: { value: 150, source: `${YOTI}: face box at least 150 px`, verified: '2026-12-02', note: 'Measured in the original photo: analysis-copy pixels times the decode scale' },
    minEyeDistance: {
      value: 90,
      source: 'ISO/IEC 19794-5 and ICAO Doc 9303 (passport photos): at least 90 px between the eye centres at full resolution',
      verified: '2026-12-02',
      note: 'A passport-photo reference, not a selfie rule: Listo only warns. Quoted without a network to re-check it.',
    },
  },
  headRoll: {
    warnAboveDegrees: { value: 8, source: ICAO_POSE, verified: '2026-12-02' },
    failAboveDegrees: { value: 15, source: `Listo: twice the ICAO tolerance; ${FACES}`, verified: '2026-12-02' },
  },
  faceLight: {
    failCrushedShare: {
      value: 0.5,
      source: `Listo: half the face crushed to black (grey ≤ 16) has no detail to match; ${FACES}`,
      verified: '2026-12-02',
      note: 'Not OFIQ UnderExposure (L ≤ 25 in linear light), which counts about 97 % of a well-lit MST 8–10 face as under-exposed: it would fail darker skin in good light',
    },
    warnCrushedShare: { value: 0.3, source: `Listo; ${FACES}`, verified: '2026-12-02', note: 'Well-lit faces of every tone measure ≤ 0.03' },
    warnSideLightRatioBelow: {
      value: 0.18,
      source: `Listo: mean L of the face's darker outer quarter over its brighter one (cheek against cheek, linear light, so skin tone cancels); ${REAL_FACES}`,
      verified: '2026-12-07',
      note: 'Well-lit portraits measure 0.24–1 (every ITA group); light from one side only (4 stops of fall-off across the face) 0.02–0.12. OFIQ IlluminationUniformity (kept in the evidence) measured 0.29–0.89 on the well-lit ones and overlapped side light in every group',
    },
    failRelativeVarianceBelow: {
      value: 0.03,
      source: `${OFIQ} (LuminanceVariance over the face, divided by the face's squared mean luminance so that skin reflectance cancels); threshold ${REAL_FACES}`,
      verified: '2026-12-07',
      note: 'Well-lit faces measure 0.09–1.4 (higher, not lower, on darker skin); the same faces washed out to 30 % contrast 0.01–0.10',
    },
    warnRelativeVarianceBelow: { value: 0.06, source: `Listo; ${REAL_FACES}`, verified: '2026-12-07' },
    backlightMinBesideHeadOverShare: {
      value: 0.05,
      source: `Listo: a window, the sky or a lamp behind the person shows blown out beside and above the head; clothing below the chin does not count; ${REAL_FACES}`,
      verified: '2026-12-07',
      note: 'Well-lit portraits measure at most 0.005 there (over the whole surround up to 0.04: white shirts); with a blown-out window behind, 0.10–0.40',
    },
    backlightMinSurroundOverShare: {
      value: 0.1,
      source: `Listo: with no face found, the centre-ellipse proxy calls backlight only when this share of the whole photo is blown out; ${FACES}`,
      verified: '2026-12-02',
      note: 'The proxy ungated fails darker skin in front of a pale wall (a well-lit MST 10 face measures 0.11 against a grey wall)',
    },
    backlightFailCrushedShare: { value: 0.1, source: `Listo; ${FACES}`, verified: '2026-12-02' },
  },
  decodeBudgetMegapixels: {
    value: 50,
    source: 'Listo limit: decoding more on a phone risks running out of memory; iOS canvases go blank above 16.7 MP (docs/pitfalls.md, Photos)',
    verified: V,
  },
  exposure: {
    failMeanBelow: { value: 8, source: `${OFIQ} (LuminanceMean); ${CALIBRATED}`, verified: V, note: 'Normal photos measure a linear-light mean L of about 45–90 (docs/sources.md, Borrowed references)' },
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
 * says so by name (docs/sources.md: "Listo never invents one").
 */
function borrowedPhotoRules(app: string, noteKey: MessageKey): PhotoRules {
  const none = `No public ${app} photo specification; borrowed from ${YOTI}`;
  return {
    ...borrowedFor(measured, app),
    noteKey,
    formats: {
      value: ['jpeg', 'png'],
      source: `No public ${app} photo specification; borrowed from the documented references, which take JPEG (US visa photo DS-160: JPEG); PNG opens everywhere; HEIC does not (docs/pitfalls.md, Photos)`,
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

/** CBP One: no public CBP One photo specification exists (docs/sources.md, CBP One). */
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
    source: 'Listo default: JPEG and PNG open in every app and browser; HEIC does not (docs/pitfalls.md, Photos: HEIC decodes only in Safari 17+)',
    verified: V,
  },
  minBytes: { value: 50_000, source: `${YOTI}: at least 50 KB`, verified: V },
  maxBytes: { value: 1_500_000, source: `${YOTI}: at most 1.5 MB`, verified: V },
  minSide: { value: 300, source: `${YOTI}: sides of at least 300 px`, verified: V },
  maxSide: { value: 2000, source: `${YOTI}: sides of at most 2000 px`, verified: V },
  maxMegapixels: { value: 2.1, source: `${YOTI}: at most 2.1 MP`, verified: V },
};
