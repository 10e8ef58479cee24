import type { Params } from '../i18n/format';

export type Status = 'pass' | 'warn' | 'fail' | 'unknown';

/** A translatable message: a key into every language's messages, and its parameters. */
export interface Message {
  key: string;
  params?: Params;
}

export type EvidenceValue = string | number | boolean | null | readonly string[] | readonly number[];

export interface Finding {
  /** Stable check id, such as "time.clock"; never renamed, results travel between devices. */
  check: string;
  status: Status;
  message: Message;
  /** Further lines the person should read, such as a substitute time zone. */
  details?: Message[];
  /** The figures behind the verdict, for volunteers and for trust. */
  evidence: Record<string, EvidenceValue>;
  /** Fix ids into the fix library, most useful first. */
  fixes: string[];
}

/** Worst first: the order in which findings are shown. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'warn', 'unknown', 'pass'];
