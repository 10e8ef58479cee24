/**
 * How Mexico's zones really keep time since the 2022 reform, written down so
 * that a phone (or a laptop) with stale tz data can be judged against the law
 * rather than against its own data.
 *
 * Sources: Ley de los Husos Horarios (Diario Oficial de la Federación, October 2022); tzdata 2022f
 * (2022-10-29: no DST except near the US border, Chihuahua to UTC−6) and
 * 2022g (2022-11-29: America/Ciudad_Juarez, Ojinaga on US Central rules).
 * See docs/sources.md, "Time".
 */

export type ZoneTruth = (
  /** Standard time all year, no daylight saving. */
  | { kind: 'fixed'; offsetMinutes: number }
  /** Follows a US zone's daylight saving rules (unchanged since 2007). */
  | { kind: 'follows'; zone: string }
) & {
  /** From this instant on the rule holds; before it, the tz database is the best record (epoch ms). */
  since: number;
};

// The reform took effect at 02:00 local time on 2022-10-30; the Chihuahua border strip moved on 2022-11-30.
const REFORM = Date.parse('2022-10-30T08:00:00Z');
const BORDER_STRIP = Date.parse('2022-11-30T08:00:00Z');

export const MEXICO_ZONE_TRUTH: Readonly<Record<string, ZoneTruth>> = {
  'America/Mexico_City': { kind: 'fixed', offsetMinutes: -360, since: REFORM },
  'America/Monterrey': { kind: 'fixed', offsetMinutes: -360, since: REFORM },
  'America/Merida': { kind: 'fixed', offsetMinutes: -360, since: REFORM },
  'America/Bahia_Banderas': { kind: 'fixed', offsetMinutes: -360, since: REFORM },
  'America/Chihuahua': { kind: 'fixed', offsetMinutes: -360, since: REFORM },
  'America/Mazatlan': { kind: 'fixed', offsetMinutes: -420, since: REFORM },
  'America/Hermosillo': { kind: 'fixed', offsetMinutes: -420, since: REFORM },
  'America/Cancun': { kind: 'fixed', offsetMinutes: -300, since: REFORM },
  'America/Tijuana': { kind: 'follows', zone: 'America/Los_Angeles', since: REFORM },
  'America/Ciudad_Juarez': { kind: 'follows', zone: 'America/Denver', since: BORDER_STRIP },
  'America/Ojinaga': { kind: 'follows', zone: 'America/Chicago', since: BORDER_STRIP },
  'America/Matamoros': { kind: 'follows', zone: 'America/Chicago', since: REFORM },
};

/** Legacy names that browsers still report, mapped to the zone whose rules they share. */
const MEXICO_ALIASES: Readonly<Record<string, string>> = {
  'Mexico/General': 'America/Mexico_City',
  'Mexico/BajaNorte': 'America/Tijuana',
  'Mexico/BajaSur': 'America/Mazatlan',
  'America/Ensenada': 'America/Tijuana',
  'America/Santa_Isabel': 'America/Tijuana',
};

export function mexicoZoneTruth(zone: string): ZoneTruth | undefined {
  return MEXICO_ZONE_TRUTH[MEXICO_ALIASES[zone] ?? zone];
}

/**
 * A zone with the right offsets that even old tz data gets right, to choose by
 * hand until the phone's system is updated: no daylight saving for a fixed
 * offset (Guatemala since 2006, Hermosillo since 1999, Cancún's neighbour
 * Panama always), the US zone itself for border zones.
 */
export function staleDataWorkaroundZone(truth: ZoneTruth): string {
  if (truth.kind === 'follows') return truth.zone;
  switch (truth.offsetMinutes) {
    case -300:
      return 'America/Panama';
    case -360:
      return 'America/Guatemala';
    case -420:
      return 'America/Hermosillo';
    default:
      return 'Etc/UTC';
  }
}
