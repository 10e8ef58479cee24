import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, readSymbols, writeSymbols } from '../../shared/report/base32';
import { checkSymbols, hasValidChecks } from '../../shared/report/check-symbols';
import { CODE_CHECKS, CODE_STATUSES, CODE_VERSION } from '../../shared/report/code-layout';
import { decodeHelperCode, encodeHelperCode, encodeReport, helperReport, type HelperCodeInput } from '../../shared/report/index';
import { selfCheckInput } from './arbitraries';

const RUNS = { numRuns: 300 };

/** Findings with any status, not only those judge gives: the code must carry every combination. */
const anyFindings = (input: HelperCodeInput) =>
  fc.array(fc.constantFrom(...CODE_STATUSES), { minLength: CODE_CHECKS.length, maxLength: CODE_CHECKS.length }).map((statuses) => ({
    ...input,
    findings: CODE_CHECKS.flatMap((check, i) =>
      statuses[i] === 'not-run' ? [] : [{ check, status: statuses[i] as 'pass' | 'warn' | 'fail' | 'unknown', message: { key: 'app.name' as const }, evidence: {}, fixes: [] }],
    ),
  }));

/** The normal form of typed text: what a valid code must be written as. */
const normal = (text: string) => {
  const read = readSymbols(text);
  return read.ok ? writeSymbols(read.symbols) : null;
};

describe('helper codes, for any self-check', () => {
  it('read back as exactly what the phone meant to send', () => {
    fc.assert(
      fc.property(selfCheckInput, (input) => {
        const code = encodeHelperCode(input);
        expect(decodeHelperCode(code)).toEqual({ ok: true, report: helperReport(input) });
      }),
      { seed: 1, ...RUNS },
    );
  });

  it('carry every combination of statuses', () => {
    fc.assert(
      fc.property(selfCheckInput.chain(anyFindings), (input) => {
        const result = decodeHelperCode(encodeHelperCode(input));
        expect(result.ok && result.report.statuses).toEqual(helperReport(input).statuses);
      }),
      { seed: 2, ...RUNS },
    );
  });

  it('are upper case symbols in groups of four', () => {
    fc.assert(
      fc.property(selfCheckInput, (input) => {
        expect(encodeHelperCode(input)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-)*[0-9A-HJKMNP-TV-Z]{1,4}$/);
      }),
      { seed: 3, ...RUNS },
    );
  });
});

describe('any text at all', () => {
  const garbage = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.array(fc.constantFrom(...ALPHABET, '-', ' ', 'o', 'i', 'l'), { maxLength: 60 }).map((chars) => chars.join('')),
  );

  it('never throws, and reads only as a code that writes back to itself', () => {
    fc.assert(
      fc.property(garbage, (text) => {
        const result = decodeHelperCode(text);
        if (result.ok) expect(encodeReport(result.report)).toBe(normal(text));
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it('with a right frame and right check symbols around random content, still reads only as a valid code', () => {
    const framed = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 8, maxLength: 50 }).map((body) => {
      const head = [CODE_VERSION, (body.length + 5) % 32, ...body];
      return writeSymbols([...head, ...checkSymbols(head)]);
    });
    let read = 0;
    fc.assert(
      fc.property(framed, (text) => {
        const result = decodeHelperCode(text);
        if (result.ok) {
          read++;
          expect(encodeReport(result.report)).toBe(text);
        } else expect(['malformed', 'unknown-profile', 'truncated']).toContain(result.reason);
      }),
      { seed: 5, numRuns: 500 },
    );
    expect(read).toBeLessThan(500);
  });

  it('a valid code with two or three characters changed is refused or, at worst, never reads as the original', () => {
    const mutated = fc.tuple(selfCheckInput, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 31 })), { minLength: 2, maxLength: 3 }));
    let refused = 0;
    let runs = 0;
    fc.assert(
      fc.property(mutated, ([input, changes]) => {
        const code = encodeHelperCode(input);
        const symbols = (readSymbols(code) as { symbols: number[] }).symbols;
        for (const [at, flip] of changes) symbols[at % symbols.length] = symbols[at % symbols.length]! ^ flip;
        const typed = writeSymbols(symbols);
        const result = decodeHelperCode(typed);
        runs++;
        if (typed === code) return;
        if (!result.ok) refused++;
        else expect(encodeReport(result.report)).toBe(typed);
      }),
      { seed: 6, ...RUNS },
    );
    expect(refused / runs).toBeGreaterThan(0.97);
  });
});

describe('a valid code with several characters wrong (issue 23)', () => {
  /** Errors a person makes: characters typed wrong (anywhere), neighbours swapped, in any mix of three to eight. */
  const typo = fc.oneof(
    fc.record({ kind: fc.constant('substitute' as const), at: fc.nat(), difference: fc.integer({ min: 1, max: 31 }) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), difference: fc.constant(0) }),
  );
  const mistyped = fc.tuple(selfCheckInput, fc.array(typo, { minLength: 3, maxLength: 8 }));

  it('is refused, and the share refused is printed; any code that does read is a whole, different code', () => {
    let changed = 0;
    let refused = 0;
    let failedChecks = 0;
    fc.assert(
      fc.property(mistyped, ([input, typos]) => {
        const code = encodeHelperCode(input);
        const symbols = (readSymbols(code) as { symbols: number[] }).symbols;
        for (const { kind, at, difference } of typos) {
          const i = at % symbols.length;
          if (kind === 'substitute') symbols[i] = symbols[i]! ^ difference;
          else if (i + 1 < symbols.length) [symbols[i], symbols[i + 1]] = [symbols[i + 1]!, symbols[i]!];
        }
        const typed = writeSymbols(symbols);
        if (typed === code) return;
        changed++;
        if (!hasValidChecks(symbols)) failedChecks++;
        const result = decodeHelperCode(typed);
        if (!result.ok) refused++;
        else expect(encodeReport(result.report)).toBe(typed);
      }),
      { seed: 23, numRuns: 12_000 },
    );
    const share = refused / changed;
    const percent = (count: number) => `${((count / changed) * 100).toFixed(3)} %`;
    console.log(`random multi-character errors (3–8 typos or swaps): ${refused} of ${changed} refused (${percent(refused)}); by the check symbols alone ${failedChecks} (${percent(failedChecks)})`);
    // Three sums of five bits let a random error through about 1 time in 32 768; the decoder's other tests refuse most of those.
    expect(share).toBeGreaterThan(0.9995);
  });
});
