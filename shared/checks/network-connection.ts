import { defineCheck } from './check';
import type { Verdict, Message } from './finding';

/**
 * network.connection: online, reachable, and how fast the browser thinks the
 * link is. A VPN cannot be detected reliably from a page; the finding says so.
 * What a VPN or a location spoofer tends to leave behind (a device time zone
 * that does not match the position) is judged by time.zone.
 */
export const networkConnection = defineCheck({
  id: 'network.connection',
  needs: ['network'],
  judge(facts, profile): Verdict {
    const network = facts.network!;
    const evidence = {
      online: network.online,
      effectiveType: network.effectiveType ?? null,
      saveData: network.saveData ?? null,
      downlinkMbps: network.downlinkMbps ?? null,
      rttMs: network.rttMs ?? null,
      originReachable: network.originReachable,
      originRoundTripMs: network.originRoundTripMs ?? null,
      originError: network.originError ?? null,
    };
    const details: Message[] = [];
    if (network.saveData === true) details.push({ key: 'network.connection.saveData' });
    details.push({ key: 'network.connection.vpn' });
    if (network.online === false) {
      return { status: 'warn', message: { key: 'network.connection.offline' }, details, evidence, fixes: ['network.connect'] };
    }
    if (network.originReachable === false) {
      return {
        status: 'warn',
        message: { key: 'network.connection.unreachable' },
        details,
        evidence,
        fixes: ['network.captive-portal', 'network.connect'],
      };
    }
    const type = network.effectiveType ?? null;
    if (type && profile.network.slowEffectiveTypes.value.includes(type)) {
      return { status: 'warn', message: { key: 'network.connection.slow', params: { type } }, details, evidence, fixes: ['network.connect'] };
    }
    if (network.online === null && network.originReachable === null) {
      return { status: 'unknown', message: { key: 'network.connection.unknown' }, details, evidence, fixes: [] };
    }
    return {
      status: 'pass',
      message: { key: network.originReachable ? 'network.connection.pass' : 'network.connection.online' },
      details,
      evidence,
      fixes: [],
    };
  },
});
