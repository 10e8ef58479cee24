import type { zones as enZones } from '../en/zones';

/** Spanish names of the zones, as Spanish phone zone pickers show them. */
export const zones: Record<keyof typeof enZones, string> = {
  'zone.America/Mexico_City': 'Ciudad de México',
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
  'zone.America/Los_Angeles': 'Los Ángeles',
  'zone.America/Denver': 'Denver',
  'zone.America/Phoenix': 'Phoenix',
  'zone.America/Chicago': 'Chicago',
  'zone.America/New_York': 'Nueva York',
  'zone.America/Guatemala': 'Guatemala',
  'zone.America/Panama': 'Panamá',
};
