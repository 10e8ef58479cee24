/** The longest helper code the layout can write: every field present, every check failed, a zone spelt out at full length. */
import { CODE_CHECKS, CODE_VERSION, ZONE_MAX_LENGTH, type CodeCheckId } from '../../shared/report/code-layout';
import { encodeReport, type HelperReport, type RecordedStatus } from '../../shared/report/index';

/**
 * Every branch of the layout that adds digits is taken, and a spelt zone of
 * the greatest length: the mixed-radix number can be no larger, so no code is longer.
 */
export function longestReport(): HelperReport {
  return {
    version: CODE_VERSION,
    profileId: 'smartlink',
    language: 'ar',
    platform: 'laptop',
    day: '2046-06-01',
    statuses: Object.fromEntries(CODE_CHECKS.map((id) => [id, 'not-run'])) as Record<CodeCheckId, RecordedStatus>,
    region: 'unknown',
    time: { zone: 'Z'.repeat(ZONE_MAX_LENGTH), clockOffsetSeconds: { value: 48 * 3600, clamped: true, negative: true } },
    location: {
      permission: 'unsupported',
      request: 'not-asked',
      position: { accuracyMeters: { value: 5000, clamped: true }, ageSeconds: { value: 300, clamped: true }, at: { lat: 90, lon: 180 } },
    },
    photo: {
      format: 'unknown',
      width: { value: 8191, clamped: true },
      height: { value: 8191, clamped: true },
      bytes: { value: 32_000_000, clamped: true, above: false },
      animated: true,
      hasAlpha: true,
      decodeError: true,
    },
  };
}

export const LONGEST_CODE = encodeReport(longestReport());
