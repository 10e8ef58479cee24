/**
 * Extracts the 32 Mexican state outlines from name-suggestion-index
 * (dist/json/featureCollection.min.json, features "mx-<state>.geojson",
 * BSD-3-Clause) into shared/geo/mexico-states.json, which is committed.
 * Run with `npm run geodata` after updating the package; the output names the
 * package version so the data can be traced. Rings are packed (shared/geo/packed-ring.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packRing, type Ring } from '../shared/geo/packed-ring';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// The package's "exports" hide these files from require(): read them from its folder.
const packageDir = here('../node_modules/name-suggestion-index/');
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${packageDir}${path}`, 'utf8'));
const packageJson = readJson('package.json') as { version: string };
const collection = readJson('dist/json/featureCollection.min.json') as {
  features: Array<{ id: string; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }>;
};

/** ISO 3166-2:MX codes as name-suggestion-index writes them (lower case), with the state's name. */
const STATES: Record<string, string> = {
  agu: 'Aguascalientes', bcn: 'Baja California', bcs: 'Baja California Sur', cam: 'Campeche', chh: 'Chihuahua',
  chp: 'Chiapas', cmx: 'Ciudad de México', coa: 'Coahuila', col: 'Colima', dur: 'Durango', gro: 'Guerrero',
  gua: 'Guanajuato', hid: 'Hidalgo', jal: 'Jalisco', mex: 'Estado de México', mic: 'Michoacán', mor: 'Morelos',
  nay: 'Nayarit', nle: 'Nuevo León', oax: 'Oaxaca', pue: 'Puebla', que: 'Querétaro', roo: 'Quintana Roo',
  sin: 'Sinaloa', slp: 'San Luis Potosí', son: 'Sonora', tab: 'Tabasco', tam: 'Tamaulipas', tla: 'Tlaxcala',
  ver: 'Veracruz', yuc: 'Yucatán', zac: 'Zacatecas',
};

const states = Object.entries(STATES).map(([code, name]) => {
  const feature = collection.features.find((f) => f.id === `mx-${code}.geojson`);
  if (!feature) throw new Error(`mx-${code}.geojson is missing from name-suggestion-index ${packageJson.version}`);
  const polygons = (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates) as Ring[][];
  return { code: `MX-${code.toUpperCase()}`, name, polygons: polygons.map((polygon) => polygon.map(packRing)) };
});

const licence = readFileSync(`${packageDir}LICENSE.md`, 'utf8').trim();
const output = {
  source: `name-suggestion-index ${packageJson.version}, dist/json/featureCollection.min.json, features mx-<state>.geojson`,
  licence: 'BSD-3-Clause',
  attribution: licence.split('\n').find((line) => line.startsWith('Copyright')) ?? 'name-suggestion-index contributors',
  states,
};
writeFileSync(here('../shared/geo/mexico-states.json'), `${JSON.stringify(output)}\n`);
writeFileSync(here('../shared/geo/mexico-states.LICENSE.md'), `The Mexican state outlines in mexico-states.json come from\n${output.source}.\n\n${licence}\n`);
console.log(`${states.length} states from name-suggestion-index ${packageJson.version}`);
