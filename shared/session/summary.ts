import type { FactNeed } from '../checks/check';
import { STATUS_ORDER, type Finding, type Status } from '../checks/finding';
import type { CheckId } from '../checks/registry';
import type { MessageKey } from '../i18n/catalogue';
import type { Message } from '../i18n/message';
import type { Judgement } from './session';
import { stepOfCheck, type StepId } from './steps';

export interface StepVerdict {
  step: StepId;
  /** The worst status among the step's findings; null when none of its checks ran yet. */
  status: Status | null;
  /** Worst first. */
  findings: Finding[];
}

const worstFirst = (a: Finding, b: Finding) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);

/**
 * Among findings as bad as each other, the one that names the cause heads the
 * step: "light behind you" before the blown-out exposure it causes, a missing
 * face before the light measured without one. Others keep the judging order.
 */
const CAUSES_FIRST: readonly CheckId[] = ['photo.file', 'photo.face', 'photo.backlight', 'location.permission', 'time.tzdata', 'time.zone'];
const causeRank = (finding: Finding) => {
  const rank = CAUSES_FIRST.indexOf(finding.check);
  return rank === -1 ? CAUSES_FIRST.length : rank;
};
const headlineFirst = (a: Finding, b: Finding) => worstFirst(a, b) || causeRank(a) - causeRank(b);

export function stepVerdict(judgement: Judgement | null, step: StepId): StepVerdict {
  const findings = (judgement?.findings ?? []).filter((finding) => stepOfCheck(finding.check) === step).sort(headlineFirst);
  return { step, status: findings[0]?.status ?? null, findings };
}

export interface NotChecked {
  check: CheckId;
  /** Why, and what to do so that it can be checked. */
  reason: Message;
}

export interface Summary {
  /** Problems and warnings, worst first: what still needs fixing. */
  toFix: Finding[];
  ready: Finding[];
  /** Checks that ran without a verdict, and checks that could not run: never counted as fine. */
  notChecked: NotChecked[];
}

/** Every need names its sentence, so a new need without one fails the type check. */
const NOT_RUN_KEY: Record<FactNeed, MessageKey> = {
  location: 'summary.notRun.location',
  time: 'summary.notRun.time',
  'time.tzdata': 'summary.notRun.time.tzdata',
  photo: 'summary.notRun.photo',
  'photo.pixels': 'summary.notRun.photo.pixels',
  'photo.face': 'summary.notRun.photo.face',
  storage: 'summary.notRun.storage',
  network: 'summary.notRun.network',
  device: 'summary.notRun.device',
};

/** The need that decides what a person must do first: share the location before a zone can be compared, and so on. */
const NEED_ORDER: readonly FactNeed[] = ['location', 'time', 'time.tzdata', 'photo', 'photo.pixels', 'photo.face', 'storage', 'network', 'device'];

export function summarise(judgement: Judgement | null): Summary {
  const findings = judgement?.findings ?? [];
  const notRun = (judgement?.notRun ?? []).map((entry) => {
    const need = NEED_ORDER.find((n) => entry.missing.includes(n)) ?? entry.missing[0] ?? 'device';
    return { check: entry.check, reason: { key: NOT_RUN_KEY[need] } };
  });
  return {
    toFix: findings.filter((f) => f.status === 'fail' || f.status === 'warn').sort(worstFirst),
    ready: findings.filter((f) => f.status === 'pass'),
    notChecked: [...findings.filter((f) => f.status === 'unknown').map((f) => ({ check: f.check, reason: f.message })), ...notRun],
  };
}
