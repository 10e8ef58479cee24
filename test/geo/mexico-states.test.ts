import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MEXICO_STATES, MEXICO_STATES_SOURCE, stateAt } from '../../shared/geo/mexico-states';

const here = (path: string) => new URL(path, import.meta.url);

describe('the shipped Mexican state outlines', () => {
  it('hold the 32 states, from the installed name-suggestion-index, with its BSD-3-Clause licence beside them', () => {
    expect(MEXICO_STATES).toHaveLength(32);
    expect(new Set(MEXICO_STATES.map((s) => s.code)).size).toBe(32);
    const nsi = JSON.parse(readFileSync(here('../../node_modules/name-suggestion-index/package.json'), 'utf8')) as { version: string };
    expect(MEXICO_STATES_SOURCE.source).toContain(`name-suggestion-index ${nsi.version}`);
    expect(MEXICO_STATES_SOURCE.licence).toBe('BSD-3-Clause');
    expect(readFileSync(here('../../shared/geo/mexico-states.LICENSE.md'), 'utf8')).toContain('Redistributions of source code must retain');
  });

  it('are the installed outlines to within a thousandth of a degree, about 110 m (npm run geodata regenerates them)', () => {
    const collection = JSON.parse(readFileSync(here('../../node_modules/name-suggestion-index/dist/json/featureCollection.min.json'), 'utf8')) as {
      features: Array<{ id: string; geometry: { type: string; coordinates: unknown } }>;
    };
    for (const state of MEXICO_STATES) {
      const feature = collection.features.find((f) => f.id === `mx-${state.code.slice(3).toLowerCase()}.geojson`)!;
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const source = polygons as Array<Array<Array<[number, number]>>>;
      expect(state.polygons.map((polygon) => polygon.map((ring) => ring.length)), state.code).toEqual(source.map((polygon) => polygon.map((ring) => ring.length)));
      state.polygons.forEach((polygon, p) =>
        polygon.forEach((ring, r) =>
          ring.forEach(([lon, lat], i) => {
            const [sourceLon, sourceLat] = source[p]![r]![i]!;
            expect(Math.abs(lon - sourceLon), `${state.code} point ${i}`).toBeLessThanOrEqual(0.0005 + 1e-9);
            expect(Math.abs(lat - sourceLat), `${state.code} point ${i}`).toBeLessThanOrEqual(0.0005 + 1e-9);
          }),
        ),
      );
    }
  });

  it('ship packed: about 8 KB gzipped, not the 14 KB of the plain GeoJSON', () => {
    const gz = gzipSync(readFileSync(here('../../shared/geo/mexico-states.json')), { level: 9 }).length;
    expect(gz).toBeLessThan(9 * 1024);
  });

  it('find the state at a point, and nothing outside Mexico or for nonsense', () => {
    expect(stateAt(19.4326, -99.1332)).toBe('MX-CMX');
    expect(stateAt(31.7619, -106.485)).toBeNull();
    expect(stateAt(Number.NaN, 0)).toBeNull();
  });
});
