import type { FixId } from '../fixes/fix-library';
import type { Message } from '../i18n/message';
import type { CheckId } from './registry';

export type { Message } from '../i18n/message';

export type Status = 'pass' | 'warn' | 'fail' | 'unknown';

export type EvidenceValue = string | number | boolean | null | readonly string[] | readonly number[];

/** What a check says, before its id is attached (defineCheck adds it). */
export interface Verdict {
  status: Status;
  message: Message;
  /** Further lines the person should read, such as a substitute time zone. */
  details?: Message[];
  /** The figures behind the verdict, for volunteers and for trust. */
  evidence: Record<string, EvidenceValue>;
  /** Fix ids into the fix library, most useful first. */
  fixes: FixId[];
}

export interface Finding<Id extends string = CheckId> extends Verdict {
  /** Stable check id, such as "time.clock"; never renamed, results travel between devices. */
  check: Id;
}

/** Worst first: the order in which findings are shown. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'warn', 'unknown', 'pass'];
