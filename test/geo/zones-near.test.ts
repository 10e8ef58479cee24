import { describe, expect, it } from 'vitest';
import { destination, zoneAt, zonesNear } from '../../shared/geo/zones-near';

describe('zoneAt', () => {
  it('finds the zones of border cities on both sides', () => {
    expect(zoneAt(32.5149, -117.0382)).toBe('America/Tijuana');
    expect(zoneAt(32.7157, -117.1611)).toBe('America/Los_Angeles');
    expect(zoneAt(31.6904, -106.4245)).toBe('America/Ciudad_Juarez');
    expect(zoneAt(31.7619, -106.485)).toBe('America/Denver');
  });

  it('returns null for coordinates that are not on Earth', () => {
    expect(zoneAt(95, 0)).toBeNull();
    expect(zoneAt(Number.NaN, 0)).toBeNull();
  });
});

describe('zonesNear', () => {
  it('lists the zone at the position first', () => {
    expect(zonesNear(19.4326, -99.1332, 5000)).toEqual(['America/Mexico_City']);
  });

  it('includes the neighbours across a border within the radius', () => {
    const zones = zonesNear(32.5149, -117.0382, 20_000);
    expect(zones[0]).toBe('America/Tijuana');
    expect(zones).toContain('America/Los_Angeles');
  });
});

describe('destination', () => {
  it('goes the given distance: 1° of latitude is about 111.2 km', () => {
    const [lat, lon] = destination(19, -99, 0, 111_195);
    expect(lat).toBeCloseTo(20, 3);
    expect(lon).toBeCloseTo(-99, 6);
  });

  it('wraps longitude across the antimeridian', () => {
    const [, lon] = destination(0, 179.9, 90, 50_000);
    expect(lon).toBeLessThan(-179);
  });
});
