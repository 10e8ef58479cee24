/**
 * Which country a zone belongs to, for the zones people near the US–Mexico
 * border are likely to have set (tz database zone1970.tab). Used only to say
 * "your phone uses another country's zone": a zone missing here is simply
 * not called the same country.
 */
const ZONE_COUNTRY: Readonly<Record<string, string>> = {
  'America/Mexico_City': 'MX', 'America/Monterrey': 'MX', 'America/Merida': 'MX',
  'America/Bahia_Banderas': 'MX', 'America/Chihuahua': 'MX', 'America/Mazatlan': 'MX',
  'America/Hermosillo': 'MX', 'America/Cancun': 'MX', 'America/Tijuana': 'MX',
  'America/Ciudad_Juarez': 'MX', 'America/Ojinaga': 'MX', 'America/Matamoros': 'MX',
  'America/Ensenada': 'MX', 'America/Santa_Isabel': 'MX', 'Mexico/General': 'MX',
  'Mexico/BajaNorte': 'MX', 'Mexico/BajaSur': 'MX',
  'America/Los_Angeles': 'US', 'America/Denver': 'US', 'America/Phoenix': 'US',
  'America/Chicago': 'US', 'America/New_York': 'US', 'America/Boise': 'US',
  'America/Detroit': 'US', 'America/Anchorage': 'US', 'Pacific/Honolulu': 'US',
  'US/Pacific': 'US', 'US/Mountain': 'US', 'US/Arizona': 'US', 'US/Central': 'US', 'US/Eastern': 'US',
  'America/Guatemala': 'GT', 'America/Belize': 'BZ', 'America/Tegucigalpa': 'HN',
  'America/El_Salvador': 'SV', 'America/Managua': 'NI', 'America/Costa_Rica': 'CR',
  'America/Panama': 'PA', 'America/Bogota': 'CO', 'America/Caracas': 'VE',
  'America/Port-au-Prince': 'HT', 'America/Havana': 'CU', 'America/Guayaquil': 'EC',
  'America/Lima': 'PE',
};

export function zoneCountry(zone: string): string | undefined {
  return ZONE_COUNTRY[zone];
}
