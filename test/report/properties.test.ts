import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, readSymbols, writeSymbols } from '../../shared/report/base32';
import { checkSymbols } from '../../shared/report/check-symbols';
import { CODE_CHECKS, CODE_STATUSES } from '../../shared/report/code-layout';
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
      const head = [1, (body.length + 4) % 32, ...body];
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
