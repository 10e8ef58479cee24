import { defineCheck } from './check';
import type { Verdict } from './finding';
import { geoRequired, type GeoLookups } from '../geo/geo-lookups';
import { DAY_MS, isJudgeable, toEpochMs } from '../time/instant';
import { deviceOffsets, trueOffsets } from '../time/offset-sources';
import { firstOffsetMismatch, localDate, type OffsetMismatch } from '../time/offset-mismatch';
import { zoneCountry } from '../time/zone-countries';
import { mexicoZoneTruth, staleDataWorkaroundZone } from '../time/mexico-zones';

interface Candidate {
  zone: string;
  mismatch: OffsetMismatch | null;
}

/** Lower is better: no difference in the year ahead, then a later one, then one now. */
function rank(candidate: Candidate, now: number): number {
  if (!candidate.mismatch) return 0;
  return candidate.mismatch.start > now ? 1 : 2;
}

/**
 * time.zone: the device's zone against the zone at its position, by UTC
 * offset now and over the coming year, never by name (browsers report legacy
 * names, and a neighbouring country's zone may keep the same time). The zone
 * lookup is handed in: without a position none is needed (the Time step).
 */
export function timeZoneWith(geo: GeoLookups | null) {
  const check = defineCheck({
    id: 'time.zone',
    needs: ['time'],
    judge(facts, profile): Verdict {
      const time = facts.time!;
      const rules = profile.time.zone;
      const position = facts.location?.position;
      if (!position || !Number.isFinite(position.lat) || !Number.isFinite(position.lon)) {
        return {
          status: 'unknown',
          // A device that names no zone (Intl gave none) is shown as "?", never as a blank.
          message: { key: 'time.zone.noPosition', params: { deviceZone: time.zone || '?' } },
          evidence: { deviceZone: time.zone, permission: facts.location?.permission ?? null },
          fixes: ['time.check-by-hand'],
        };
      }
      const reference = toEpochMs(time.referenceNow);
      const now = Number.isFinite(reference) ? reference : toEpochMs(time.deviceNow);
      const device = deviceOffsets(time);
      const deviceOffset = device.at(now);
      const accuracy = Number.isFinite(position.accuracy) ? position.accuracy : 0;
      const radiusMeters = Math.max(accuracy, rules.edgeToleranceMeters.value);
      const zonesNearby = geoRequired(geo).zonesNear(position.lat, position.lon, radiusMeters);
      const evidence = {
        deviceZone: time.zone,
        deviceOffsetMinutes: deviceOffset,
        lat: position.lat,
        lon: position.lon,
        accuracyMeters: accuracy,
        radiusMeters,
        zonesNearby,
      };
      // A judging time outside the range the tz data answers for (a wrong date) is time.clock's finding, not a zone to compare.
      if (deviceOffset === null || !isJudgeable(now) || zonesNearby.length === 0) {
        return {
          status: 'unknown',
          message: { key: 'time.zone.cannotCompare', params: { deviceZone: time.zone || '?' } },
          evidence,
          fixes: ['time.check-by-hand'],
        };
      }

      const until = now + rules.lookAheadDays.value * DAY_MS;
      const candidates: Candidate[] = zonesNearby.map((zone) => {
        const truth = trueOffsets(zone);
        return { zone, mismatch: firstOffsetMismatch(device, truth, now, until) };
      });
      // zonesNear lists the centre first, so among equals the zone at the position wins.
      const centre = candidates[0]!;
      const best = candidates.reduce((a, b) => (rank(b, now) < rank(a, now) ? b : a));
      const expectedOffset = trueOffsets(best.zone).at(now);
      const fullEvidence = { ...evidence, expectedZone: best.zone, expectedOffsetMinutes: expectedOffset };
      const mismatch = best.mismatch;

      if (rank(best, now) < rank(centre, now)) {
        // The phone matches only a zone across a nearby edge (Chetumal and Belize, San Luis Río Colorado and
        // Arizona): the lookup may be off there, so this is no failure, but the zone at the position is named.
        const centreMismatch = centre.mismatch!;
        return {
          status: 'warn',
          message: {
            key: 'time.zone.nearEdge',
            params: {
              deviceZone: time.zone,
              deviceOffset,
              expectedZone: centre.zone,
              expectedOffset: trueOffsets(centre.zone).at(now),
              otherZone: best.zone,
              from: localDate(centreMismatch.start, centreMismatch.offsetB),
            },
          },
          evidence: { ...evidence, expectedZone: centre.zone, expectedOffsetMinutes: trueOffsets(centre.zone).at(now), matchingZone: best.zone },
          fixes: ['time.set-zone-automatic', 'time.check-by-hand'],
        };
      }

      if (!mismatch) {
        const substitute = best.zone !== time.zone && zoneCountry(best.zone) !== zoneCountry(time.zone);
        return {
          status: 'pass',
          message: { key: 'time.zone.pass', params: { deviceZone: time.zone, offset: deviceOffset } },
          ...(substitute
            ? { details: [{ key: 'time.zone.substitute', params: { deviceZone: time.zone, expectedZone: best.zone } }] }
            : {}),
          evidence: { ...fullEvidence, substitute },
          fixes: substitute ? ['time.set-zone-automatic'] : [],
        };
      }

      const differenceMinutes = mismatch.offsetA - mismatch.offsetB;
      const params = {
        deviceZone: time.zone,
        expectedZone: best.zone,
        deviceOffset: mismatch.offsetA,
        expectedOffset: mismatch.offsetB,
        direction: differenceMinutes > 0 ? 'ahead' : 'behind',
        hours: Math.abs(differenceMinutes) / 60,
        from: localDate(mismatch.start, mismatch.offsetB),
      };
      const later = mismatch.start > now;
      const deviceZoneTruth = trueOffsets(time.zone);
      const expectedTruth = trueOffsets(best.zone);
      // The right zone with old rules inside: the zone choice is fine, the phone's data is not.
      const rightZone =
        firstOffsetMismatch(deviceZoneTruth, expectedTruth, now, until) === null;
      if (rightZone) {
        const truth = mexicoZoneTruth(best.zone);
        return {
          status: later ? 'warn' : 'fail',
          message: {
            key: 'time.zone.rightZoneOldData',
            params: { ...params, workaroundZone: truth ? staleDataWorkaroundZone(truth) : best.zone },
          },
          evidence: { ...fullEvidence, differenceMinutes, differenceFrom: new Date(mismatch.start).toISOString(), oldData: true },
          fixes: ['time.update-system', 'time.stale-workaround'],
        };
      }
      return {
        status: later ? 'warn' : 'fail',
        message: { key: later ? 'time.zone.wrongLater' : 'time.zone.wrongNow', params },
        // A zone that contradicts the position is also what a VPN or a location-faking app tends to leave behind.
        ...(later ? {} : { details: [{ key: 'location.zoneContradiction' }] }),
        evidence: {
          ...fullEvidence,
          differenceMinutes,
          differenceFrom: new Date(mismatch.start).toISOString(),
          zoneContradictsPosition: !later,
        },
        fixes: ['time.set-zone-automatic', 'time.set-zone-manually'],
      };
    },
  });
  return check;
}
