import { LANGUAGES, STATUS_ORDER, type Finding, type Message, type Translator } from '../../shared/index';
import { createTranslator } from '../../shared/catalogues';

/** Text a person must never read: a number that is not one, a missing value, a parameter left in braces. */
export const BROKEN_TEXT = /NaN|undefined|Infinity|\{[A-Za-z_][A-Za-z0-9_]*\}/;

const translators: Translator[] = LANGUAGES.map((language) => createTranslator(language.code));

// The same message with the same parameters comes back thousands of times: format it once per language.
const rendered = new Map<string, string>();
function render(translator: Translator, message: Message): string {
  const key = `${translator.language.code}|${message.key}|${JSON.stringify(message.params ?? {})}`;
  let text = rendered.get(key);
  if (text === undefined) {
    text = translator.message(message);
    if (rendered.size > 50_000) rendered.clear();
    rendered.set(key, text);
  }
  return text;
}

/** Every finding has a valid status and reads cleanly in every shipped language. */
export function expectReadable(findings: readonly Finding[], input: () => unknown): void {
  for (const finding of findings) {
    if (!STATUS_ORDER.includes(finding.status)) throw new Error(`${finding.check} has status ${String(finding.status)}\ninput: ${describe(input())}`);
    for (const translator of translators) {
      for (const message of [finding.message, ...(finding.details ?? [])]) {
        const text = render(translator, message);
        if (BROKEN_TEXT.test(text)) {
          throw new Error(
            `${finding.check} in ${translator.language.code} reads "${text}" (key ${message.key}, params ${JSON.stringify(message.params)})\ninput: ${describe(input())}`,
          );
        }
      }
    }
  }
}

/** An input, short enough to print. */
export function describe(value: unknown): string {
  const text = JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v,
  );
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** How many inputs each property tries: FUZZ_RUNS scales them (npm run fuzz tries more). */
export function runs(base: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The seed: fixed in CI so a failure reproduces; FUZZ_SEED explores others. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

/** "no hang": generous, since the machine may be busy; a loop without end blows far past it. */
export const PER_INPUT_LIMIT_MS = 2000;

/**
 * A whole property's cap, for a hang, not a speed goal: thousands of inputs take about a minute on a quiet machine
 * and several on a busy 2-core one (CI may be busy). PER_INPUT_LIMIT_MS is what catches a slow check.
 */
export const HANG_CAP_MS = 600_000;
