import { describe, expect, it } from 'vitest';
import { judge, profiles, type Finding, type Position } from '../../shared/index';

const cbpOne = profiles['cbp-one'];

function region(position: Position, readAt?: number): Finding {
  const findings = judge({ location: { permission: 'granted', position, ...(readAt ? { readAt } : {}) } }, cbpOne);
  const finding = findings.find((f) => f.check === 'location.region');
  if (!finding) throw new Error('no location.region finding');
  return finding;
}

const at = (lat: number, lon: number, accuracy = 20): Position => ({ lat, lon, accuracy });

describe('location.region for CBP One: Mexico north of the 19th parallel, plus Chiapas and Tabasco', () => {
  describe('Mexican border towns, 1–3 km from the US border, pass', () => {
    const towns: Array<[string, number, number, string]> = [
      ['Tijuana', 32.5149, -117.0382, 'MX-BCN'],
      ['Mexicali', 32.6245, -115.4523, 'MX-BCN'],
      ['Nogales, Sonora', 31.3086, -110.9422, 'MX-SON'],
      ['Agua Prieta', 31.327, -109.549, 'MX-SON'],
      ['Ciudad Juárez', 31.72, -106.46, 'MX-CHH'],
      ['Ojinaga', 29.5645, -104.4165, 'MX-CHH'],
      ['Ciudad Acuña', 29.3232, -100.9522, 'MX-COA'],
      ['Piedras Negras', 28.7, -100.5231, 'MX-COA'],
      ['Nuevo Laredo', 27.4763, -99.5164, 'MX-TAM'],
      ['Reynosa', 26.0922, -98.2779, 'MX-TAM'],
      ['Matamoros', 25.869, -97.5027, 'MX-TAM'],
      ['Tecate', 32.572, -116.626, 'MX-BCN'],
      ['San Luis Río Colorado', 32.456, -114.772, 'MX-SON'],
      ['Puerto Palomas', 31.771, -107.629, 'MX-CHH'],
    ];
    for (const [name, lat, lon, state] of towns) {
      it(name, () => {
        const finding = region(at(lat, lon));
        expect(finding.status).toBe('pass');
        expect(finding.evidence.state).toBe(state);
      });
    }
  });

  describe('their US neighbours fail, as outside Mexico', () => {
    const towns: Array<[string, number, number]> = [
      ['San Ysidro, CA', 32.5556, -117.047],
      ['Calexico, CA', 32.6789, -115.4989],
      ['Nogales, AZ', 31.3404, -110.9343],
      ['Douglas, AZ', 31.3445, -109.5453],
      ['El Paso, TX', 31.7619, -106.485],
      ['Presidio, TX', 29.5608, -104.3722],
      ['Del Rio, TX', 29.3709, -100.8959],
      ['Eagle Pass, TX', 28.7091, -100.4995],
      ['Laredo, TX', 27.5306, -99.4803],
      ['Hidalgo, TX', 26.1003, -98.2631],
      ['Brownsville, TX', 25.9017, -97.4975],
      ['Tecate, CA (half a kilometre from Tecate, B.C.)', 32.577, -116.627],
      ['Yuma, AZ', 32.6927, -114.6277],
      ['Columbus, NM', 31.8276, -107.64],
    ];
    for (const [name, lat, lon] of towns) {
      it(name, () => {
        const finding = region(at(lat, lon));
        expect(finding.status).toBe('fail');
        expect(finding.message.key).toBe('location.region.outsideMexico');
        expect(finding.fixes).toContain('location.outside-area');
      });
    }
  });

  describe('the 19th parallel', () => {
    it('passes cities north of it: Mexico City, Toluca, Guadalajara, Veracruz, Cancún, Mérida, and Puebla just north (19.04°)', () => {
      for (const [lat, lon] of [
        [19.4326, -99.1332],
        [19.2826, -99.6557],
        [20.6597, -103.3496],
        [19.1738, -96.1342],
        [21.1619, -86.8515],
        [20.9674, -89.5926],
        [19.0414, -98.2063],
      ] as const) {
        expect(region(at(lat, lon)).status, `${lat},${lon}`).toBe('pass');
      }
    });

    it('fails cities south of it outside Chiapas and Tabasco, naming the state: Tehuacán, Cuernavaca, Acapulco, Oaxaca, Chetumal', () => {
      const cities: Array<[number, number, string]> = [
        [18.4617, -97.3928, 'MX-PUE'],
        [18.9242, -99.2216, 'MX-MOR'],
        [16.8531, -99.8237, 'MX-GRO'],
        [17.0732, -96.7266, 'MX-OAX'],
        [18.5001, -88.2961, 'MX-ROO'],
      ];
      for (const [lat, lon, state] of cities) {
        const finding = region(at(lat, lon));
        expect(finding.status, state).toBe('fail');
        expect(finding.message.key).toBe('location.region.outsideInMexico');
        expect(finding.evidence.state).toBe(state);
      }
    });

    it('says that Mexican nationals could ask from anywhere in Mexico', () => {
      const finding = region(at(17.0732, -96.7266));
      expect(finding.details?.map((d) => d.key)).toContain('location.region.note.mexicanNationals');
    });

    it('warns when the accuracy circle crosses the parallel, on either side', () => {
      const north = region(at(19.02, -98.2, 5000));
      expect(north.status).toBe('warn');
      expect(north.message.key).toBe('location.region.edgeInside');
      const south = region(at(18.98, -98.2, 5000));
      expect(south.status).toBe('warn');
      expect(south.message.key).toBe('location.region.edgeOutside');
      // The same places with a GPS fix are decided.
      expect(region(at(19.02, -98.2, 30)).status).toBe('pass');
      expect(region(at(18.98, -98.2, 30)).status).toBe('fail');
    });
  });

  describe('Chiapas and Tabasco, accepted from 2024-08-23', () => {
    it('passes Tapachula, Tuxtla Gutiérrez, San Cristóbal, Ciudad Hidalgo and Villahermosa', () => {
      for (const [lat, lon] of [
        [14.9039, -92.2575],
        [16.7516, -93.1029],
        [16.737, -92.6376],
        [14.679, -92.15],
        [17.9892, -92.9475],
      ] as const) {
        expect(region(at(lat, lon)).status, `${lat},${lon}`).toBe('pass');
      }
    });

    it('failed Tapachula before 2024-08-23', () => {
      expect(region(at(14.9039, -92.2575), Date.parse('2024-08-01T12:00:00Z')).status).toBe('fail');
      expect(region(at(14.9039, -92.2575), Date.parse('2024-08-23T12:00:00Z')).status).toBe('pass');
    });
  });

  it('keeps coastal towns and islands inside the simplified outlines: Rosarito, Guaymas, Topolobampo, Todos Santos, Tuxpan, Cozumel, Isla Mujeres', () => {
    for (const [lat, lon] of [
      [32.36, -117.05],
      [27.918, -110.899],
      [25.6, -109.05],
      [23.446, -110.224],
      [20.957, -97.404],
      [20.5083, -86.9458],
      [21.2311, -86.731],
    ] as const) {
      expect(region(at(lat, lon)).status, `${lat},${lon}`).toBe('pass');
    }
  });

  describe('outside Mexico', () => {
    it('fails Guatemala: Tecún Umán across the river from Ciudad Hidalgo, and Guatemala City', () => {
      expect(region(at(14.6775, -92.1414)).status).toBe('fail');
      expect(region(at(14.6349, -90.5069)).status).toBe('fail');
    });

    it('fails Belize and the Caribbean: Belize City, Havana, open sea off Cancún', () => {
      for (const [lat, lon] of [
        [17.5046, -88.1962],
        [23.1136, -82.3666],
        [21.5, -85.5],
      ] as const) {
        const finding = region(at(lat, lon));
        expect(finding.status).toBe('fail');
        expect(finding.message.key).toBe('location.region.outsideMexico');
      }
    });
  });

  describe('the accuracy circle', () => {
    it('passes a small circle in Tijuana and warns a 3 km one that reaches the United States', () => {
      expect(region(at(32.5149, -117.0382, 10)).status).toBe('pass');
      const wide = region(at(32.5149, -117.0382, 3000));
      expect(wide.status).toBe('warn');
      expect(wide.fixes[0]).toBe('location.precise-on');
    });

    it('passes a 30 km circle around Monterrey, far from every edge', () => {
      expect(region(at(25.6866, -100.3161, 30_000)).status).toBe('pass');
    });

    it('fails a circle wholly in the United States, and suggests precise location when it is large', () => {
      const finding = region(at(33.45, -112.07, 2500)); // Phoenix
      expect(finding.status).toBe('fail');
      expect(finding.fixes).toEqual(['location.precise-on', 'location.outside-area']);
    });

    it('treats a missing or negative accuracy as a point', () => {
      expect(region({ lat: 25.6866, lon: -100.3161, accuracy: Number.NaN }).status).toBe('pass');
      expect(region({ lat: 25.6866, lon: -100.3161, accuracy: -5 }).status).toBe('pass');
    });
  });

  it('is unknown without a position, naming the area', () => {
    const [finding] = judge({ location: { permission: 'denied', position: null } }, cbpOne).filter((f) => f.check === 'location.region');
    expect(finding?.status).toBe('unknown');
    expect(finding?.details?.[0]?.key).toBe('area.cbpOne');
  });

  it('is not judged for a profile without an accepted area', () => {
    const findings = judge({ location: { permission: 'granted', position: at(19.4, -99.1) } }, profiles['selfie-generic']);
    expect(findings.map((f) => f.check)).not.toContain('location.region');
  });

  it('is unknown for coordinates that are not on Earth, rather than "outside Mexico"', () => {
    for (const [lat, lon] of [[95, 400], [Number.NaN, -99], [19, -200]] as const) {
      const [finding] = judge({ location: { permission: 'granted', position: at(lat, lon) } }, cbpOne).filter((f) => f.check === 'location.region');
      expect(finding?.status, `${lat}, ${lon}`).toBe('unknown');
    }
  });
});
