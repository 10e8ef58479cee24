import { describe, expect, it } from 'vitest';
import { judge, profiles, type Finding, type NetworkFacts } from '../../shared/index';

function network(facts: NetworkFacts): Finding {
  const found = judge({ network: facts }, profiles['cbp-one']).find((f) => f.check === 'network.connection');
  if (!found) throw new Error('no network.connection');
  return found;
}

describe('network.connection', () => {
  it('passes online with our origin reachable, and always says a VPN cannot be detected', () => {
    const ok = network({ online: true, effectiveType: '4g', originReachable: true, originRoundTripMs: 80 });
    expect(ok.status).toBe('pass');
    expect(ok.details?.map((d) => d.key)).toEqual(['network.connection.vpn']);
  });

  it('warns offline (Listo works, the apps do not)', () => {
    const offline = network({ online: false, originReachable: null });
    expect(offline.status).toBe('warn');
    expect(offline.message.key).toBe('network.connection.offline');
    expect(offline.fixes).toEqual(['network.connect']);
  });

  it('warns a network that cannot reach our origin, suggesting a Wi-Fi login page', () => {
    const portal = network({ online: true, originReachable: false, originError: 'TypeError' });
    expect(portal.status).toBe('warn');
    expect(portal.fixes[0]).toBe('network.captive-portal');
  });

  it('warns 2g and says when data saver is on', () => {
    const slow = network({ online: true, effectiveType: '2g', saveData: true, originReachable: true });
    expect(slow.status).toBe('warn');
    expect(slow.message.params).toEqual({ type: '2g' });
    expect(slow.details?.[0]?.key).toBe('network.connection.saveData');
  });

  it('passes "online" without a reachability test (the extension), and is unknown with nothing known', () => {
    expect(network({ online: true, originReachable: null }).message.key).toBe('network.connection.online');
    expect(network({ online: null, originReachable: null }).status).toBe('unknown');
  });
});
