import type { Finding, Status } from '../checks/finding';
import { checkIdsOf, type CheckId } from '../checks/registry';
import { LIKELY_FIXES } from '../fixes/check-fixes';
import { profiles, type ProfileId } from '../profiles/index';
import type { HelperReport } from '../report/helper-code';
import { factsFromReport, rebuildableChecks } from '../report/rebuild';
import type { FactSource } from './fact-source';
import { judgeSession } from './judge-session';
import { recordedSource } from './recorded-source';
import { createSession } from './session';
import { STEPS } from './steps';

/** One check of a client's phone in the volunteer's console. */
export interface ClientCheck {
  check: CheckId;
  status: Status;
  /**
   * "rejudged": its facts travelled and it was judged here under the chosen
   * profile; "phone": the verdict the phone gave, with the fixes that check
   * usually needs; "not-run": the phone did not check it.
   */
  origin: 'rejudged' | 'phone' | 'not-run';
  /** The finding judged here (rejudged only): its message, details, evidence and exact fixes. */
  finding: Finding | null;
  fixes: readonly string[];
}

/** A client's phone as its helper code tells it: the facts that travelled, step by step, like any other source. */
export function reportedSource(report: HelperReport): FactSource {
  return recordedSource(factsFromReport(report), { kind: 'reported' });
}

/**
 * A client's helper code as the console shows it: every check of the chosen
 * profile, judged again where the code carries the facts (through a session
 * over the reported source, as the phone's own session judged them), else as
 * the phone judged it, never invented.
 */
export async function clientChecks(report: HelperReport, profileId: ProfileId): Promise<ClientCheck[]> {
  const session = createSession({
    source: reportedSource(report),
    choices: { language: 'en', profileId, platform: report.platform },
    judge: async (facts, id) => judgeSession(facts, id),
  });
  for (const step of STEPS) await session.gather(step, { ask: true });
  const rebuilt = new Set<string>(rebuildableChecks(report));
  const rejudged = new Map((session.state().judgement?.findings ?? []).map((finding) => [finding.check, finding]));
  return checkIdsOf(profiles[profileId]).map((check): ClientCheck => {
    const finding = rebuilt.has(check) ? rejudged.get(check) : undefined;
    if (finding) return { check, status: finding.status, origin: 'rejudged', finding, fixes: finding.fixes };
    const recorded = report.statuses[check as keyof typeof report.statuses];
    if (recorded === undefined || recorded === 'not-run') return { check, status: 'unknown', origin: 'not-run', finding: null, fixes: [] };
    return { check, status: recorded, origin: 'phone', finding: null, fixes: recorded === 'pass' || recorded === 'unknown' ? [] : LIKELY_FIXES[check] };
  });
}
