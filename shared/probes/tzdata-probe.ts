import type { TzdataFacts } from '../facts/facts';
import { DAY_MS, isJudgeable } from '../time/instant';
import { MEXICO_ZONE_TRUTH } from '../time/mexico-zones';
import { CANARY_WINDOW_START, TZ_CANARIES } from '../time/tz-canaries';
import { readZoneSeries } from '../time/zone-offsets';
import { readDeviceZone } from './time-probe';

export interface TzdataProbeOptions {
  /** Defaults to the clock; pinned in tests. */
  now?: number;
  /** Defaults to the zone Intl reports for this device. */
  deviceZone?: string;
  /** How far ahead offsets are read, in days. */
  aheadDays?: number;
}

/** The zones whose offsets Listo can judge, and the US zones border zones follow. */
function zonesToRead(deviceZone: string): string[] {
  const zones = new Set<string>([deviceZone, ...Object.keys(MEXICO_ZONE_TRUTH), ...TZ_CANARIES.map((c) => c.zone)]);
  for (const truth of Object.values(MEXICO_ZONE_TRUTH)) if (truth.kind === 'follows') zones.add(truth.zone);
  return [...zones];
}

/**
 * Reads what this runtime's own tz database says for the zones Listo judges,
 * from the earliest canary until a year ahead. The result is plain data: a
 * phone's reading can be judged again on a volunteer's laptop.
 */
export async function readTzdataFacts(options: TzdataProbeOptions = {}): Promise<TzdataFacts> {
  const now = options.now ?? Date.now();
  const deviceZone = options.deviceZone ?? readDeviceZone();
  // A clock at a wrong date (1970, the year 3000) would have the window span centuries, read week by week:
  // then read only what the canaries need; time.clock says the date is wrong, and no zone is compared at it.
  const around = isJudgeable(now) ? now : CANARY_WINDOW_START;
  const from = Math.min(around - DAY_MS, CANARY_WINDOW_START);
  const aheadDays = Math.min(Math.max(Number(options.aheadDays ?? 400) || 0, 0), 800);
  const to = around + aheadDays * DAY_MS;
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  return {
    readAt: now,
    from,
    to,
    deviceZone,
    ...(versions?.tz ? { reportedVersion: versions.tz } : {}),
    series: zonesToRead(deviceZone).map((zone) => readZoneSeries(zone, from, to)),
  };
}
