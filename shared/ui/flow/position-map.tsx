import { useEffect, useState } from 'preact/hooks';
import type { Position } from '../../facts/facts';
import type { AreaMapModel } from '../../geo/area-map';
import type { Translator } from '../../i18n/translator';
import type { AcceptedAreaRules } from '../../profiles/profile';
import { loadOnce } from '../load-once';
import { AreaMap } from './area-map';

// The state outlines load only where a position is drawn (precached for offline).
const geo = loadOnce(() => import('../core-geo'));

/**
 * The accepted area and a position on the offline outline map: the phone's own position on the location step and
 * All results, a client's reported one in the volunteer console. `day` decides which rule applied (YYYY-MM-DD).
 */
export function PositionMap({ t, area, position, day }: { t: Translator; area: AcceptedAreaRules; position: Position; day: string | null }) {
  const [map, setMap] = useState<{ model: AreaMapModel; attribution: string } | null>(null);
  useEffect(() => {
    let current = true;
    void geo
      .load()
      .then((loaded) => {
        if (!current) return;
        setMap({
          model: loaded.areaMapModel(area, position, day),
          attribution: `${loaded.MEXICO_STATES_SOURCE.attribution} (${loaded.MEXICO_STATES_SOURCE.licence})`,
        });
      })
      // Without the outlines the verdict's words still stand; the next position tries the download again.
      .catch(() => undefined);
    return () => void (current = false);
  }, [area, position.lat, position.lon, position.accuracy, day]);
  return map ? <AreaMap model={map.model} t={t} attribution={map.attribution} /> : null;
}
