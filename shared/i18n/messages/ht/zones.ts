import type { zones as enZones } from '../en/zones';

/**
 * Haitian Creole: zone names. Haitian phones usually run in French, so these are the
 * names a French zone picker shows and finds (Mexico City is "Mexico" there).
 */
export const zones: Record<keyof typeof enZones, string> = {
  'zone.America/Mexico_City': 'Mexico',
  'zone.America/Monterrey': 'Monterrey',
  'zone.America/Merida': 'Mérida',
  'zone.America/Bahia_Banderas': 'Bahía de Banderas',
  'zone.America/Chihuahua': 'Chihuahua',
  'zone.America/Mazatlan': 'Mazatlán',
  'zone.America/Hermosillo': 'Hermosillo',
  'zone.America/Cancun': 'Cancún',
  'zone.America/Tijuana': 'Tijuana',
  'zone.America/Ciudad_Juarez': 'Ciudad Juárez',
  'zone.America/Ojinaga': 'Ojinaga',
  'zone.America/Matamoros': 'Matamoros',
  'zone.America/Los_Angeles': 'Los Angeles',
  'zone.America/Denver': 'Denver',
  'zone.America/Phoenix': 'Phoenix',
  'zone.America/Chicago': 'Chicago',
  'zone.America/New_York': 'New York',
  'zone.America/Guatemala': 'Guatemala',
  'zone.America/Panama': 'Panama',
};
