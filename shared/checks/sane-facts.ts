import type { Facts, Instant, LocationFacts, PhotoFacts, StorageFacts, TimeFacts, TzdataFacts } from '../facts/facts';

/**
 * Facts checked at the door of judge. Facts come from probes, and also from
 * a result code, a scenario file or another device, so any number may be
 * NaN, ±Infinity or absurd. A value no device can truly report becomes what
 * the facts say when the device could not tell (null, absent, 0 for a size
 * not read), so every check meets only numbers it can compute and print:
 * no "NaN" or "Infinity" on screen, no RangeError from a Date.
 *
 * Values that are wrong but possible (a clock in 1970, latitude 999,
 * negative accuracy) are kept: judging them is the checks' work.
 */

/** A Date holds ±8.64e15 ms; beyond that every Date method throws or gives NaN. */
const MAX_DATE_MS = 8.64e15;
/** Image headers hold sizes in at most 32 bits. */
const MAX_SIDE = 0xffff_ffff;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const orNull = (value: unknown): number | null => (finite(value) ? value : null);

/** An instant kept as given when a Date can hold it; a number beyond is moved to the edge (still a wrong date); ±Infinity is NaN. */
function saneInstant(value: Instant): Instant {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.NaN; // ±Infinity is no reading
  if (typeof value === 'number' && Math.abs(value) > MAX_DATE_MS) return Math.sign(value) * MAX_DATE_MS;
  if (value instanceof Date && Number.isNaN(value.getTime())) return Number.NaN;
  return value;
}

/** An optional instant: absent unless a Date can hold it. */
function optionalInstant(value: unknown): number | undefined {
  return finite(value) && Math.abs(value) <= MAX_DATE_MS ? value : undefined;
}

function saneTzdata(tzdata: TzdataFacts): TzdataFacts | undefined {
  if (!finite(tzdata.from) || !finite(tzdata.to) || !Array.isArray(tzdata.series)) return undefined;
  return {
    ...tzdata,
    readAt: finite(tzdata.readAt) ? tzdata.readAt : Number.NaN,
    series: tzdata.series.map((series) => ({
      ...series,
      changes: (Array.isArray(series.changes) ? series.changes : []).filter(
        (change) => finite(change.at) && finite(change.offsetMinutes) && Math.abs(change.offsetMinutes) <= 18 * 60,
      ),
    })),
  };
}

function saneTime(time: TimeFacts): TimeFacts {
  const { referenceUncertaintyMs, offsetMinutes, tzdata, referenceNow, ...rest } = time;
  const tz = tzdata ? saneTzdata(tzdata) : undefined;
  return {
    ...rest,
    deviceNow: saneInstant(time.deviceNow),
    ...(referenceNow === undefined ? {} : { referenceNow: referenceNow === null ? null : saneInstant(referenceNow) }),
    zone: typeof time.zone === 'string' ? time.zone : '',
    ...(finite(referenceUncertaintyMs) && referenceUncertaintyMs >= 0 ? { referenceUncertaintyMs } : {}),
    ...(finite(offsetMinutes) && Math.abs(offsetMinutes) <= 18 * 60 ? { offsetMinutes } : {}),
    ...(tz ? { tzdata: tz } : {}),
  };
}

function saneLocation(given: LocationFacts): LocationFacts {
  const { position, readAt, ...rest } = given;
  const at = optionalInstant(readAt);
  let sanePosition = position;
  if (position) {
    const { timestamp, ...coords } = position;
    const stamp = optionalInstant(timestamp);
    // No device reports an infinite coordinate: that is no position. NaN is "not known" (a helper code
    // carries a position's accuracy and age without where it was), and the checks treat it so.
    const possible = (value: number) => Number.isNaN(value) || finite(value);
    sanePosition =
      possible(coords.lat) && possible(coords.lon)
        ? { ...coords, accuracy: finite(coords.accuracy) ? coords.accuracy : Number.NaN, ...(stamp === undefined ? {} : { timestamp: stamp }) }
        : null;
  }
  return { ...rest, ...(position === undefined ? {} : { position: sanePosition }), ...(at === undefined ? {} : { readAt: at }) };
}

function saneStorage(storage: StorageFacts): StorageFacts {
  const cached = storage.caches;
  return {
    ...storage,
    usageBytes: orNull(storage.usageBytes),
    quotaBytes: orNull(storage.quotaBytes),
    caches: cached && finite(cached.count) && finite(cached.entries) ? { ...cached, bytes: orNull(cached.bytes) } : null,
  };
}

const PIXEL_RANGES: ReadonlyArray<readonly [keyof NonNullable<PhotoFacts['pixels']>, number, number]> = [
  ['analysisWidth', 0, MAX_SIDE],
  ['analysisHeight', 0, MAX_SIDE],
  ['meanLuminance', 0, 255],
  ['luminanceVariance', 0, 1],
  ['underExposedShare', 0, 1],
  ['overExposedShare', 0, 1],
  ['entropyBits', 0, 8],
  ['laplacianVariance', 0, 255 * 255 * 64],
  ['centreMeanLuminance', 0, 255],
  ['surroundMeanLuminance', 0, 255],
  ['meanRgb', 0, 255],
  ['transparentShare', 0, 1],
];

function sanePhoto(photo: PhotoFacts): PhotoFacts {
  const meta = photo.metadata;
  const side = (n: unknown) => (finite(n) && n >= 0 && n <= MAX_SIDE ? Math.floor(n) : 0);
  const orientationOk = Number.isInteger(meta.orientation) && meta.orientation >= 1 && meta.orientation <= 8;
  const gps = meta.gps && finite(meta.gps.lat) && finite(meta.gps.lon) ? meta.gps : null;
  const metadata = {
    ...meta,
    width: side(meta.width),
    height: side(meta.height),
    bytes: finite(meta.bytes) && meta.bytes >= 0 && meta.bytes <= Number.MAX_SAFE_INTEGER ? Math.floor(meta.bytes) : 0,
    orientation: orientationOk ? meta.orientation : 1,
    orientationTagged: orientationOk && meta.orientationTagged,
    gps,
    hasGps: meta.hasGps && (gps !== null || meta.gps === null),
  };
  const { judgedAt, pixels, ...rest } = photo;
  const at = judgedAt === undefined ? undefined : saneInstant(judgedAt);
  // A measure may sit a rounding error past its bound (an entropy of 8.000000000000002 bits): that is in range.
  const within = (value: number, min: number, max: number) => value >= min - 1e-9 * (1 + Math.abs(min)) && value <= max + 1e-9 * (1 + Math.abs(max));
  const pixelsOk = pixels ? PIXEL_RANGES.every(([key, min, max]) => finite(pixels[key]) && within(pixels[key] as number, min, max)) : true;
  return {
    ...rest,
    metadata,
    ...(pixels === undefined ? {} : { pixels: pixelsOk ? pixels : null }),
    ...(pixelsOk ? {} : { decodeError: 'pixel measures out of range' }),
    ...(at === undefined ? {} : { judgedAt: at }),
  };
}

/** The facts with every impossible number replaced by "not known"; groups that were not gathered stay absent. */
export function saneFacts(facts: Facts): Facts {
  const network = facts.network;
  const device = facts.device;
  return {
    ...facts,
    ...(facts.time ? { time: saneTime(facts.time) } : {}),
    ...(facts.location ? { location: saneLocation(facts.location) } : {}),
    ...(facts.storage ? { storage: saneStorage(facts.storage) } : {}),
    ...(network
      ? {
          network: {
            ...network,
            ...(network.downlinkMbps === undefined ? {} : { downlinkMbps: orNull(network.downlinkMbps) }),
            ...(network.rttMs === undefined ? {} : { rttMs: orNull(network.rttMs) }),
            ...(network.originRoundTripMs === undefined ? {} : { originRoundTripMs: orNull(network.originRoundTripMs) }),
          },
        }
      : {}),
    ...(device ? { device: { ...device, cameras: orNull(device.cameras) } } : {}),
    ...(facts.photo?.metadata ? { photo: sanePhoto(facts.photo) } : {}),
  };
}
