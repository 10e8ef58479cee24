import { describe, expect, it } from 'vitest';
import { saneFacts } from '../../shared/checks/sane-facts';
import type { PhotoMetadata } from '../../shared/photo/metadata';

const metadata: PhotoMetadata = {
  format: 'jpeg', width: 800, height: 600, bytes: 60_000, orientation: 1, orientationTagged: true, capturedAt: null, offsetTime: null,
  hasGps: false, gps: null, make: null, model: null, software: null, animated: false, hasAlpha: false,
};

describe('saneFacts (judge checks facts at the door)', () => {
  it('keeps sound facts as they are', () => {
    const facts = {
      time: { deviceNow: 1_784_138_400_000, referenceNow: null, zone: 'America/Mexico_City', offsetMinutes: -360 },
      location: { permission: 'granted' as const, position: { lat: 19.4, lon: -99.1, accuracy: 20, timestamp: 1_784_138_400_000 }, readAt: 1_784_138_400_000 },
      photo: { metadata, judgedAt: 1_784_138_400_000 },
    };
    expect(saneFacts(facts)).toEqual(facts);
  });

  it('turns impossible numbers into "not known", and keeps wrong but possible ones for the checks', () => {
    const sane = saneFacts({
      time: { deviceNow: 1e20, referenceNow: Number.NaN, zone: 'UTC', offsetMinutes: Infinity, referenceUncertaintyMs: -5 },
      location: { permission: 'granted', position: { lat: 999, lon: -99, accuracy: -1, timestamp: -1e308 }, readAt: Number.NaN },
      storage: { usageBytes: Number.NaN, quotaBytes: Infinity, persisted: null, caches: { count: Number.NaN, entries: 0, bytes: 0 }, serviceWorker: 'none', cookies: null, localStorage: null, indexedDB: null },
      photo: { metadata: { ...metadata, width: 1e300, height: Number.NaN, bytes: -1, orientation: 9, gps: { lat: Number.NaN, lon: 0 }, hasGps: true }, judgedAt: Infinity },
    });
    expect(sane.time).toEqual({ deviceNow: 8.64e15, referenceNow: Number.NaN, zone: 'UTC' });
    // Latitude 999 and negative accuracy are possible reports: location.region and location.accuracy judge them.
    expect(sane.location).toEqual({ permission: 'granted', position: { lat: 999, lon: -99, accuracy: -1 } });
    expect(sane.storage).toMatchObject({ usageBytes: null, quotaBytes: null, caches: null });
    expect(sane.photo?.metadata).toMatchObject({ width: 0, height: 0, bytes: 0, orientation: 1, orientationTagged: false, gps: null, hasGps: false });
    expect(sane.photo?.judgedAt).toBeNaN();
  });

  it('drops pixel measures that no photo can have', () => {
    const pixels = { analysisWidth: 512, analysisHeight: 384, meanLuminance: Number.NaN, luminanceVariance: 0.1, underExposedShare: 0, overExposedShare: 2, entropyBits: 7, laplacianVariance: 100, centreMeanLuminance: 120, surroundMeanLuminance: 110, meanRgb: 120, transparentShare: 0, histogram: [], faceRegion: 'central-ellipse-proxy' as const };
    expect(saneFacts({ photo: { metadata, pixels } }).photo).toMatchObject({ pixels: null, decodeError: 'pixel measures out of range' });
  });

  it('keeps pixel measures a rounding error past their bounds (a flat histogram has 8.000000000000002 bits)', () => {
    const pixels = { analysisWidth: 512, analysisHeight: 384, meanLuminance: 40, luminanceVariance: 0.1, underExposedShare: 0, overExposedShare: 0, entropyBits: 8.000000000000002, laplacianVariance: 100, centreMeanLuminance: 40, surroundMeanLuminance: 40, meanRgb: 60, transparentShare: 0, histogram: [], faceRegion: 'central-ellipse-proxy' as const };
    expect(saneFacts({ photo: { metadata, pixels } }).photo?.pixels).toEqual(pixels);
    expect(saneFacts({ photo: { metadata, pixels: { ...pixels, entropyBits: 8.1 } } }).photo?.pixels).toBeNull();
  });
});
