import { describe, expect, it } from 'vitest';
import { judge, profiles, type Finding } from '../../shared/index';

/**
 * Offsets written down by hand from the law and tzdata 2022g (docs/sources.md, "Time"),
 * not computed: [summer, winter] in hours east of UTC.
 */
const CITY_OFFSETS: Record<string, { lat: number; lon: number; offsets: [number, number] }> = {
  Tijuana: { lat: 32.5149, lon: -117.0382, offsets: [-7, -8] },
  Mexicali: { lat: 32.6245, lon: -115.4523, offsets: [-7, -8] },
  Nogales: { lat: 31.3086, lon: -110.9422, offsets: [-7, -7] },
  'Ciudad Juárez': { lat: 31.6904, lon: -106.4245, offsets: [-6, -7] },
  Ojinaga: { lat: 29.5644, lon: -104.4164, offsets: [-5, -6] },
  'Piedras Negras': { lat: 28.7, lon: -100.5231, offsets: [-5, -6] },
  'Nuevo Laredo': { lat: 27.4763, lon: -99.5164, offsets: [-5, -6] },
  Reynosa: { lat: 26.0922, lon: -98.2779, offsets: [-5, -6] },
  Matamoros: { lat: 25.869, lon: -97.5027, offsets: [-5, -6] },
  Hermosillo: { lat: 29.0729, lon: -110.9559, offsets: [-7, -7] },
  Chihuahua: { lat: 28.632, lon: -106.0691, offsets: [-6, -6] },
  Monterrey: { lat: 25.6866, lon: -100.3161, offsets: [-6, -6] },
  'Mexico City': { lat: 19.4326, lon: -99.1332, offsets: [-6, -6] },
  Tapachula: { lat: 14.9039, lon: -92.2575, offsets: [-6, -6] },
  Villahermosa: { lat: 17.9892, lon: -92.9475, offsets: [-6, -6] },
  Cancún: { lat: 21.1619, lon: -86.8515, offsets: [-5, -5] },
  Mazatlán: { lat: 23.2494, lon: -106.4111, offsets: [-7, -7] },
  'San Diego': { lat: 32.7157, lon: -117.1611, offsets: [-7, -8] },
  'El Paso': { lat: 31.7619, lon: -106.485, offsets: [-6, -7] },
};

const DEVICE_ZONE_OFFSETS: Record<string, [number, number]> = {
  'America/Mexico_City': [-6, -6],
  'America/Monterrey': [-6, -6],
  'America/Tijuana': [-7, -8],
  'America/Los_Angeles': [-7, -8],
  'America/Hermosillo': [-7, -7],
  'America/Phoenix': [-7, -7],
  'America/Denver': [-6, -7],
  'America/Ciudad_Juarez': [-6, -7],
  'America/Chicago': [-5, -6],
  'America/Matamoros': [-5, -6],
  'America/Cancun': [-5, -5],
  'America/Bogota': [-5, -5],
  'America/Guatemala': [-6, -6],
  'America/New_York': [-4, -5],
  'Europe/Madrid': [2, 1],
  'Asia/Kolkata': [5.5, 5.5],
};

const SEASONS = [
  { name: 'summer', index: 0, at: '2026-07-15T18:00:00Z' },
  { name: 'winter', index: 1, at: '2026-12-15T18:00:00Z' },
] as const;

function zoneFinding(zone: string, at: string, lat: number, lon: number, accuracy = 25): Finding {
  const finding = judge(
    { time: { deviceNow: at, referenceNow: at, zone }, location: { permission: 'granted', position: { lat, lon, accuracy } } },
    profiles['cbp-one'],
  ).find((f) => f.check === 'time.zone');
  if (!finding) throw new Error('no time.zone finding');
  return finding;
}

describe('time.zone compares offsets now and over the coming year', () => {
  for (const season of SEASONS) {
    describe(`in ${season.name}`, () => {
      for (const [city, place] of Object.entries(CITY_OFFSETS)) {
        it(`judges every device zone in ${city}`, () => {
          for (const [zone, deviceOffsets] of Object.entries(DEVICE_ZONE_OFFSETS)) {
            const other = 1 - season.index;
            const expected =
              deviceOffsets[season.index] !== place.offsets[season.index]
                ? 'fail'
                : deviceOffsets[other] !== place.offsets[other]
                  ? 'warn'
                  : 'pass';
            const finding = zoneFinding(zone, season.at, place.lat, place.lon);
            expect({ city, zone, status: finding.status }).toEqual({ city, zone, status: expected });
          }
        });
      }
    });
  }
});

describe('time.zone messages', () => {
  it('says by how much and which way the phone is off now', () => {
    const finding = zoneFinding('America/Mexico_City', '2026-07-15T18:00:00Z', 32.5149, -117.0382);
    expect(finding.message.key).toBe('time.zone.wrongNow');
    expect(finding.message.params).toMatchObject({
      deviceZone: 'America/Mexico_City',
      expectedZone: 'America/Tijuana',
      deviceOffset: -360,
      expectedOffset: -420,
      direction: 'ahead',
      hours: 1,
    });
    expect(finding.fixes).toEqual(['time.set-zone-automatic', 'time.set-zone-manually']);
    // The contradiction a VPN or a location spoofer tends to leave is said, without claiming one is on.
    expect(finding.details).toEqual([{ key: 'location.zoneContradiction' }]);
    expect(finding.evidence.zoneContradictsPosition).toBe(true);
  });

  it('says from which day a zone that is right today goes wrong', () => {
    const finding = zoneFinding('America/Mexico_City', '2026-12-15T18:00:00Z', 25.869, -97.5027);
    expect(finding.status).toBe('warn');
    expect(finding.message.key).toBe('time.zone.wrongLater');
    // US daylight saving time starts on the second Sunday of March 2027.
    expect(finding.message.params).toMatchObject({ from: '2027-03-14', direction: 'behind', hours: 1 });
  });

  it('names a substitute zone of another country that keeps the same time', () => {
    const finding = zoneFinding('America/Bogota', '2026-07-15T18:00:00Z', 21.1619, -86.8515);
    expect(finding.status).toBe('pass');
    expect(finding.evidence.substitute).toBe(true);
    expect(finding.details?.[0]).toEqual({
      key: 'time.zone.substitute',
      params: { deviceZone: 'America/Bogota', expectedZone: 'America/Cancun' },
    });
  });

  it('does not call another zone of the same country a substitute', () => {
    const finding = zoneFinding('America/Mexico_City', '2026-07-15T18:00:00Z', 25.6866, -100.3161);
    expect(finding.status).toBe('pass');
    expect(finding.details).toBeUndefined();
  });

  it('is unknown without a position', () => {
    const finding = judge({ time: { deviceNow: 0, zone: 'America/Tijuana' }, location: { permission: 'denied' } }, profiles['cbp-one']).find(
      (f) => f.check === 'time.zone',
    );
    expect(finding?.status).toBe('unknown');
    expect(finding?.message.key).toBe('time.zone.noPosition');
  });
});

describe('time.zone near zone edges', () => {
  // Ojinaga (US Central rules) lies close to the Chihuahua zone (UTC−6 all year).
  const nearEdge = { lat: 29.5644, lon: -104.4164 };

  it('does not fail a phone that matches a zone within the accuracy circle, but names the zone at the position', () => {
    const wide = zoneFinding('America/Chihuahua', '2026-07-15T18:00:00Z', nearEdge.lat, nearEdge.lon, 60_000);
    expect(wide.status).toBe('warn');
    expect(wide.message.key).toBe('time.zone.nearEdge');
    expect(wide.message.params).toMatchObject({ expectedZone: 'America/Ojinaga', otherZone: 'America/Chihuahua' });
    expect(wide.evidence.zonesNearby).toContain('America/Ojinaga');
    expect(wide.evidence.zonesNearby).toContain('America/Chihuahua');
  });

  it('never passes Central time in Chetumal on Belize across the river, nor names Belize as a substitute', () => {
    const chetumal = zoneFinding('America/Mexico_City', '2026-07-15T18:00:00Z', 18.5, -88.3, 10);
    expect(chetumal.status).toBe('warn');
    expect(chetumal.message.params).toMatchObject({ expectedZone: 'America/Cancun', expectedOffset: -300 });
    expect(chetumal.details).toBeUndefined();
  });

  it('still fails with a precise position', () => {
    const precise = zoneFinding('America/Chihuahua', '2026-07-15T18:00:00Z', nearEdge.lat, nearEdge.lon, 20);
    expect(precise.status).toBe('fail');
    expect(precise.evidence.radiusMeters).toBe(5000);
  });
});

describe('time.zone before the 2022 reform', () => {
  it('judges 2022 summer time in Mexico City by the rules of the day (UTC−5 was right then)', () => {
    expect(zoneFinding('America/Mexico_City', '2022-07-15T18:00:00Z', 19.4326, -99.1332).status).toBe('pass');
    // A phone on Chicago time showed UTC−5 too, but kept daylight saving after Mexico's reform.
    const chicago = zoneFinding('America/Chicago', '2022-07-15T18:00:00Z', 19.4326, -99.1332);
    expect(chicago.status).toBe('warn');
    expect(chicago.message.params).toMatchObject({ from: '2022-10-30' });
  });
});
