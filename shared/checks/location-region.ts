import { defineCheck } from './check';
import type { Verdict, Message } from './finding';
import type { AreaRule } from '../geo/accepted-area';
import { geoRequired, type GeoLookups } from '../geo/geo-lookups';
import type { AcceptedAreaRules } from '../profiles/profile';
import { toEpochMs } from '../time/instant';

/** The plain rule the geometry needs, from a profile's sourced data. */
export function areaRule(area: AcceptedAreaRules): AreaRule {
  return { northOfLatitude: area.northOfLatitude.value, alsoStates: area.alsoStates.value, alsoStatesFrom: area.alsoStates.from };
}

/**
 * location.region: is the position, with its circle of accuracy, inside the
 * area the app accepts? Wholly inside passes; a circle the boundary runs
 * through warns (the app may see the person on either side); wholly outside
 * fails. The area and its dates are profile data; the state outlines are
 * shipped offline (shared/geo/mexico-states.json), handed in with the
 * other geo lookups once there is a position.
 */
export function locationRegionWith(geo: GeoLookups | null) {
  const check = defineCheck({
    id: 'location.region',
    needs: ['location'],
    judge(facts, profile): Verdict {
      const location = facts.location!;
      const area = profile.location.acceptedArea;
      if (!area) return { status: 'unknown', message: { key: 'location.region.noArea' }, evidence: {}, fixes: [] };
      const position = location.position;
      if (!position || !(Math.abs(position.lat) <= 90) || !(Math.abs(position.lon) <= 180)) {
        return { status: 'unknown', message: { key: 'location.region.noPosition' }, details: [{ key: area.name }], evidence: {}, fixes: [] };
      }
      const judgedAt = location.readAt ?? toEpochMs(facts.time?.deviceNow);
      const when = Number.isFinite(judgedAt) ? judgedAt : position.timestamp;
      const day = when !== undefined && Number.isFinite(when) ? new Date(when).toISOString().slice(0, 10) : null;
      const accuracy = Number.isFinite(position.accuracy) && position.accuracy > 0 ? position.accuracy : 0;
      const lookups = geoRequired(geo);
      const { verdict, centre, insideShare } = lookups.circleInArea(areaRule(area), position.lat, position.lon, accuracy, day);
      const name = lookups.stateName(centre.state);
      const evidence = {
        lat: Math.round(position.lat * 1e5) / 1e5,
        lon: Math.round(position.lon * 1e5) / 1e5,
        accuracyMeters: Math.round(accuracy),
        state: centre.state,
        circle: verdict,
        circleInsideShare: insideShare,
        northOfLatitude: area.northOfLatitude.value,
        alsoStates: area.alsoStates.value,
        day,
      };
      const params = { state: name, km: Math.round(accuracy / 100) / 10 };
      const areaDetail: Message = { key: area.name };
      if (verdict === 'inside') {
        return { status: 'pass', message: { key: 'location.region.pass', params }, details: [areaDetail], evidence, fixes: [] };
      }
      if (verdict === 'edge') {
        return {
          status: 'warn',
          message: { key: centre.inside ? 'location.region.edgeInside' : 'location.region.edgeOutside', params },
          details: [areaDetail],
          evidence,
          fixes: ['location.precise-on', 'location.go-outside'],
        };
      }
      const notes: Message[] = centre.state ? area.notes.map((note) => ({ key: note.key })) : [];
      return {
        status: 'fail',
        message: { key: centre.state ? 'location.region.outsideInMexico' : 'location.region.outsideMexico', params },
        details: [areaDetail, ...notes],
        evidence,
        fixes: accuracy > profile.location.accuracy.passUpToMeters.value ? ['location.precise-on', 'location.outside-area'] : ['location.outside-area'],
      };
    },
  });
  return check;
}
