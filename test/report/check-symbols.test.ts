import { describe, expect, it } from 'vitest';
import { ALPHABET, readSymbols, writeSymbols } from '../../shared/report/base32';
import { checkSymbols, hasValidChecks } from '../../shared/report/check-symbols';
import { decodeHelperCode, encodeHelperCode } from '../../shared/report/index';
import { photoMetadata, selfCheck, tijuanaFacts } from './self-check';

const symbolsOf = (code: string) => {
  const read = readSymbols(code);
  if (!read.ok) throw new Error(code);
  return read.symbols;
};

/** Codes of different lengths: a whole self-check, one with the position, one with only the time, one with a spelt-out zone. */
const CODES = [
  encodeHelperCode(selfCheck(tijuanaFacts())),
  encodeHelperCode(selfCheck(tijuanaFacts(), 'cbp-one', true)),
  encodeHelperCode(selfCheck({ time: { deviceNow: 0, referenceNow: 3_600_000, zone: 'America/Mexico_City' } }, 'selfie-generic')),
  encodeHelperCode(selfCheck({ time: { deviceNow: 5, zone: 'Pacific/Chatham' }, photo: { metadata: photoMetadata({ format: 'heic', width: 4032, height: 3024 }) } })),
];

describe('the alphabet (Crockford base 32)', () => {
  it('has 32 symbols without I, L, O and U, all in the QR alphanumeric set', () => {
    expect(ALPHABET).toHaveLength(32);
    expect(new Set(ALPHABET).size).toBe(32);
    expect(ALPHABET).not.toMatch(/[ILOU]/);
    expect(ALPHABET).toMatch(/^[0-9A-Z]+$/);
  });

  it('reads lower case as upper case, O as 0, I and L as 1, and dashes and spaces as nothing', () => {
    expect(readSymbols('0o-O 1iIlL ab')).toEqual({ ok: true, symbols: [0, 0, 0, 1, 1, 1, 1, 1, 10, 11] });
    expect(readSymbols('AB#')).toEqual({ ok: false, badChar: '#' });
    expect(readSymbols('U')).toEqual({ ok: false, badChar: 'U' });
  });

  it('writes groups of four joined by "-"', () => {
    expect(writeSymbols([1, 2, 3, 4, 5, 6, 31, 0, 10])).toBe('1234-56Z0-A');
  });
});

describe('the check symbols', () => {
  it('make every code valid, and are the last two symbols', () => {
    for (const code of CODES) {
      const symbols = symbolsOf(code);
      expect(hasValidChecks(symbols), code).toBe(true);
      expect(checkSymbols(symbols.slice(0, -2))).toEqual(symbols.slice(-2));
    }
  });

  it('catch EVERY single wrong character, at every position, with every other symbol', () => {
    let tried = 0;
    for (const code of CODES) {
      const symbols = symbolsOf(code);
      for (let position = 0; position < symbols.length; position++) {
        for (let wrong = 0; wrong < 32; wrong++) {
          if (wrong === symbols[position]) continue;
          const typed = writeSymbols(symbols.map((s, i) => (i === position ? wrong : s)));
          const result = decodeHelperCode(typed);
          tried++;
          expect(result, `${code} → ${typed}`).toEqual({ ok: false, reason: 'check-digit' });
        }
      }
    }
    expect(tried).toBeGreaterThan(4 * 30 * 31);
  });

  it('catch EVERY swap of two neighbouring characters, across the dashes too', () => {
    for (const code of CODES) {
      const symbols = symbolsOf(code);
      for (let i = 0; i + 1 < symbols.length; i++) {
        if (symbols[i] === symbols[i + 1]) continue;
        const swapped = [...symbols];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        expect(decodeHelperCode(writeSymbols(swapped)), `${code}, swap at ${i}`).toEqual({ ok: false, reason: 'check-digit' });
      }
    }
  });

  it('catch EVERY pair of wrong characters in a code of up to 31 symbols', () => {
    // The checks are linear: whether an error is caught depends on the error alone, not on the code it hits.
    // So every pair of errors in a 31-symbol code of zeros covers every code of up to 31 symbols.
    const zeros = new Array<number>(29).fill(0);
    const symbols = [...zeros, ...checkSymbols(zeros)];
    expect(symbols).toEqual(new Array<number>(31).fill(0));
    let missed = 0;
    for (let a = 0; a < symbols.length; a++) {
      for (let b = a + 1; b < symbols.length; b++) {
        for (let ea = 1; ea < 32; ea++) {
          for (let eb = 1; eb < 32; eb++) {
            const typed = [...symbols];
            typed[a] = typed[a]! ^ ea;
            typed[b] = typed[b]! ^ eb;
            if (hasValidChecks(typed)) missed++;
          }
        }
      }
    }
    expect(missed).toBe(0);
  });
});
