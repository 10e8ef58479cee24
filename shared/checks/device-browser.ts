import type { FixId } from '../fixes/fix-library';
import { defineCheck } from './check';
import type { Verdict, Message } from './finding';

/** Compares "major.minor" versions part by part: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.isFinite(pa[i]) ? pa[i]! : 0;
    const y = Number.isFinite(pb[i]) ? pb[i]! : 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * device.browser: the browser's engine and the system against the profile's
 * minimums. Where an app publishes no system minimum the check says so
 * instead of inventing one.
 */
export const deviceBrowser = defineCheck({
  id: 'device.browser',
  needs: ['device'],
  judge(facts, profile): Verdict {
    const device = facts.device!;
    const rules = profile.device;
    const params = {
      browser: device.browser?.name ?? '?',
      browserVersion: device.browser?.version ?? '?',
      system: device.system?.name ?? '?',
      systemVersion: device.system?.version ?? '?',
      // "Linux", not "Linux ?": desktop systems and frozen user agents often give no version.
      platform: device.system ? [device.system.name, device.system.version].filter(Boolean).join(' ') : '?',
    };
    const evidence = {
      source: device.source,
      browser: device.browser ? `${device.browser.name} ${device.browser.version}` : null,
      engine: device.engine ? `${device.engine.name} ${device.engine.version}` : null,
      system: device.system ? [device.system.name, device.system.version].filter(Boolean).join(' ') : null,
      mobile: device.mobile,
      languages: device.languages,
      userAgent: device.userAgent,
    };
    const details: Message[] = [];
    if (device.source === 'user-agent' && device.system?.name === 'Android') details.push({ key: 'device.browser.frozenUa' });
    const systemMinimum =
      rules.systemMinimums && device.system && (device.system.name === 'Android' || device.system.name === 'iOS')
        ? rules.systemMinimums.value[device.system.name]
        : null;
    if (!rules.systemMinimums) details.push({ key: 'device.browser.noSystemMinimum', params: { app: profile.app } });
    if (!device.engine) {
      return { status: 'unknown', message: { key: 'device.browser.unknown' }, details, evidence, fixes: [] };
    }
    const engineMinimum = rules.engineMinimums.value[device.engine.name];
    if (compareVersions(device.engine.version, engineMinimum) < 0) {
      const fixes: FixId[] = device.engine.name === 'webkit' && device.system?.name === 'iOS' ? ['device.update-system'] : ['device.update-browser'];
      return { status: 'fail', message: { key: 'device.browser.old', params }, details, evidence: { ...evidence, engineMinimum }, fixes };
    }
    if (systemMinimum && device.system?.version && compareVersions(device.system.version, systemMinimum) < 0) {
      return {
        status: 'fail',
        message: { key: 'device.browser.oldSystem', params: { ...params, minimum: systemMinimum } },
        details,
        evidence: { ...evidence, systemMinimum },
        fixes: ['device.update-system'],
      };
    }
    return { status: 'pass', message: { key: 'device.browser.pass', params }, details, evidence: { ...evidence, engineMinimum }, fixes: [] };
  },
});
