import type { TzdataFacts } from '../facts/facts';
import { seriesOffset } from './zone-offsets';

/**
 * Canaries: instants whose offsets only an up-to-date tz database gets right.
 * Browsers do not say which tz version they carry (Chrome and Android WebView
 * ship their own ICU data, Safari uses the system's), so we measure it.
 */
export interface TzCanary {
  id: string;
  zone: string;
  /** ISO instant to look at. */
  at: string;
  /** Correct offset, minutes east of UTC; null means "the zone must exist". */
  expectedOffsetMinutes: number;
  /** The tz release that first got it right. */
  since: '2022f' | '2022g';
}

export const TZ_CANARIES: readonly TzCanary[] = [
  // 2022f: Mexico abolished daylight saving time (no more UTC−5 in summer for central Mexico).
  { id: 'mexico-city-no-dst', zone: 'America/Mexico_City', at: '2023-07-01T18:00:00Z', expectedOffsetMinutes: -360, since: '2022f' },
  // 2022f: Chihuahua moved from UTC−7 to UTC−6.
  { id: 'chihuahua-utc-6', zone: 'America/Chihuahua', at: '2024-01-15T18:00:00Z', expectedOffsetMinutes: -360, since: '2022f' },
  // 2022g: the border strip of Chihuahua follows US rules; new zone America/Ciudad_Juarez.
  { id: 'ciudad-juarez-exists', zone: 'America/Ciudad_Juarez', at: '2024-01-15T18:00:00Z', expectedOffsetMinutes: -420, since: '2022g' },
  // 2022g: Ojinaga follows US Central daylight time (UTC−5 in summer).
  { id: 'ojinaga-us-central', zone: 'America/Ojinaga', at: '2023-07-01T18:00:00Z', expectedOffsetMinutes: -300, since: '2022g' },
];

/** The earliest instant any canary looks at: tz facts must cover it. */
export const CANARY_WINDOW_START = Date.parse('2023-01-01T00:00:00Z');

export type TzdataAge = 'before-2022f' | '2022f' | '2022g-or-newer' | 'unknown';

export interface CanaryResult {
  id: string;
  ok: boolean;
  /** What the device said; null when it did not know the zone. */
  observedOffsetMinutes: number | null;
}

export function evaluateCanaries(tzdata: TzdataFacts): CanaryResult[] {
  return TZ_CANARIES.flatMap((canary) => {
    const series = tzdata.series.find((s) => s.zone === canary.zone);
    if (!series) return [];
    const observed = series.known ? seriesOffset(series, Date.parse(canary.at), tzdata.to) : null;
    return [{ id: canary.id, ok: observed === canary.expectedOffsetMinutes, observedOffsetMinutes: observed }];
  });
}

/** How old the device's tz data is, as far as the canaries tell. */
export function tzdataAge(results: readonly CanaryResult[]): TzdataAge {
  if (results.length === 0) return 'unknown';
  const failedSince = new Set(
    results.filter((r) => !r.ok).map((r) => TZ_CANARIES.find((c) => c.id === r.id)?.since),
  );
  if (failedSince.has('2022f')) return 'before-2022f';
  if (failedSince.has('2022g')) return '2022f';
  return '2022g-or-newer';
}
