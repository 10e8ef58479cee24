import { defineCheck } from './check';
import type { Verdict, Message } from './finding';

const MB = 1024 * 1024;

/**
 * storage.quota: how much the browser still lets this site store. The quota
 * is fuzzed on purpose and is not the phone's free space, which no web page
 * can see: the finding says so and always offers the manual check.
 */
export const storageQuota = defineCheck({
  id: 'storage.quota',
  needs: ['storage'],
  judge(facts, profile): Verdict {
    const storage = facts.storage!;
    const rules = profile.storage;
    const details: Message[] = [{ key: 'storage.quota.fuzzed' }];
    if (storage.persisted === false) details.push({ key: 'storage.quota.notPersisted' });
    const evidence = {
      usageMB: storage.usageBytes === null ? null : Math.round((storage.usageBytes / MB) * 10) / 10,
      quotaMB: storage.quotaBytes === null ? null : Math.round(storage.quotaBytes / MB),
      persisted: storage.persisted,
      estimateError: storage.estimateError ?? null,
      warnBelowAvailableMB: rules.warnBelowAvailableMB.value,
      failBelowAvailableMB: rules.failBelowAvailableMB.value,
    };
    if (storage.usageBytes === null || storage.quotaBytes === null) {
      return { status: 'unknown', message: { key: 'storage.quota.unsupported' }, details, evidence, fixes: ['storage.check-phone-space'] };
    }
    const availableMB = Math.max(0, Math.round((storage.quotaBytes - storage.usageBytes) / MB));
    const params = { availableMB, availableGB: Math.round((availableMB / 1024) * 10) / 10 };
    const fullEvidence = { ...evidence, availableMB };
    if (availableMB < rules.failBelowAvailableMB.value) {
      return {
        status: 'fail',
        message: { key: 'storage.quota.full', params },
        details,
        evidence: fullEvidence,
        fixes: ['storage.free-space', 'storage.check-phone-space'],
      };
    }
    if (availableMB < rules.warnBelowAvailableMB.value) {
      return {
        status: 'warn',
        message: { key: 'storage.quota.low', params },
        details,
        evidence: fullEvidence,
        fixes: ['storage.free-space', 'storage.check-phone-space'],
      };
    }
    return { status: 'pass', message: { key: 'storage.quota.pass', params }, details, evidence: fullEvidence, fixes: ['storage.check-phone-space'] };
  },
});
