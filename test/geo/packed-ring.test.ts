import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRing, unpackRing, type Ring } from '../../shared/geo/packed-ring';

const point = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));

describe('a packed outline ring', () => {
  it('unpacks to every point within half a thousandth of a degree, in order', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 200 }), (ring: Ring) => {
        const unpacked = unpackRing(packRing(ring));
        expect(unpacked).toHaveLength(ring.length);
        unpacked.forEach(([lon, lat], i) => {
          expect(Math.abs(lon - ring[i]![0])).toBeLessThanOrEqual(0.0005 + 1e-9);
          expect(Math.abs(lat - ring[i]![1])).toBeLessThanOrEqual(0.0005 + 1e-9);
        });
      }),
    );
  });

  it('writes the first point whole and the others as steps from the one before', () => {
    expect(packRing([[-99.1332, 19.4326], [-99.1, 19.5], [-99.1, 19.5]])).toEqual([-99133, 19433, 33, 67, 0, 0]);
  });

  it('is exact for points already on the thousandths, however long the ring (no drift from adding steps)', () => {
    const ring: Ring = Array.from({ length: 5000 }, (_, i) => [(-117123 + (i % 7)) / 1000, (32500 - (i % 11)) / 1000]);
    expect(unpackRing(packRing(ring))).toEqual(ring);
  });
});
