import { describe, expect, it } from 'vitest';
import { ALPHABET, readSymbols, writeSymbols } from '../../shared/report/base32';
import {
  CHECK_SYMBOL_COUNT,
  MAX_CHECKED_SYMBOLS,
  checkColumn,
  checkSymbols,
  hasValidChecks,
  type CheckColumn,
} from '../../shared/report/check-symbols';
import { decodeHelperCode, encodeHelperCode } from '../../shared/report/index';
import { LONGEST_CODE } from './longest';
import { photoMetadata, selfCheck, tijuanaFacts } from './self-check';

const symbolsOf = (code: string) => {
  const read = readSymbols(code);
  if (!read.ok) throw new Error(code);
  return read.symbols;
};

/** GF(32) multiplication written out (carry-less product reduced by x⁵ + x² + 1), independent of the tables under test. */
function gfMul(a: number, b: number): number {
  let product = 0;
  for (let bit = 0; bit < 5; bit++) if (b & (1 << bit)) product ^= a << bit;
  for (let bit = 8; bit >= 5; bit--) if (product & (1 << bit)) product ^= 0b100101 << (bit - 5);
  return product;
}

/** Two columns are multiples of each other exactly when their cross product is zero (characteristic 2: minus is plus). */
const dependent = (u: CheckColumn, v: CheckColumn) =>
  (gfMul(u[1], v[2]) ^ gfMul(u[2], v[1])) === 0 && (gfMul(u[2], v[0]) ^ gfMul(u[0], v[2])) === 0 && (gfMul(u[0], v[1]) ^ gfMul(u[1], v[0])) === 0;

/** Codes of different lengths: a whole self-check, one with the position, one with only the time, one with a spelt-out zone, the longest there can be. */
const CODES = [
  encodeHelperCode(selfCheck(tijuanaFacts())),
  encodeHelperCode(selfCheck(tijuanaFacts(), 'cbp-one', true)),
  encodeHelperCode(selfCheck({ time: { deviceNow: 0, referenceNow: 3_600_000, zone: 'America/Mexico_City' } }, 'selfie-generic')),
  encodeHelperCode(selfCheck({ time: { deviceNow: 5, zone: 'Pacific/Chatham' }, photo: { metadata: photoMetadata({ format: 'heic', width: 4032, height: 3024 }) } })),
  LONGEST_CODE,
];

/** The code with the position, the longest a phone writes for a person in the region (the one of issue 23), and the longest the layout allows. */
const LONGEST_CODES = [CODES[1]!, LONGEST_CODE];

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
  it('are three, the last three symbols, and make every code valid', () => {
    expect(CHECK_SYMBOL_COUNT).toBe(3);
    for (const code of CODES) {
      const symbols = symbolsOf(code);
      expect(hasValidChecks(symbols), code).toBe(true);
      expect(checkSymbols(symbols.slice(0, -3))).toEqual(symbols.slice(-3));
    }
  });

  it('cover the longest code the layout can write, with room to spare', () => {
    const longest = symbolsOf(LONGEST_CODE).length;
    expect(longest).toBe(97);
    expect(MAX_CHECKED_SYMBOLS).toBeGreaterThanOrEqual(longest * 10);
    expect(() => checkSymbols(new Array<number>(MAX_CHECKED_SYMBOLS).fill(0))).toThrow(RangeError);
  });

  it('are sums over columns, as checkColumn says: the proofs below are about the code that runs', () => {
    const length = symbolsOf(LONGEST_CODE).length;
    for (let position = 0; position < length - 3; position++) {
      const unit = new Array<number>(length - 3).fill(0);
      unit[position] = 1;
      expect(checkSymbols(unit), `position ${position}`).toEqual([...checkColumn(position, length)]);
    }
    expect([0, 1, 2].map((i) => checkColumn(length - 3 + i, length))).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  });

  it('give every position of every code length a column that is no multiple of another: EVERY two wrong characters are caught at EVERY length', () => {
    // An error is missed only when e·hᵢ + f·hⱼ = 0, that is when two columns are multiples of each other.
    // Every length uses columns of the longest (the data columns from the start, the check columns at the end),
    // so pairwise independence there proves it for every length up to MAX_CHECKED_SYMBOLS.
    const all = Array.from({ length: MAX_CHECKED_SYMBOLS }, (_, p) => checkColumn(p, MAX_CHECKED_SYMBOLS));
    const key = (column: CheckColumn) => column.join(',');
    const known = new Set(all.map(key));
    for (let length = CHECK_SYMBOL_COUNT + 1; length <= MAX_CHECKED_SYMBOLS; length += 1) {
      for (const p of [0, length - 4, length - 3, length - 2, length - 1]) expect(known.has(key(checkColumn(p, length)))).toBe(true);
    }
    let pairs = 0;
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        pairs++;
        if (dependent(all[i]!, all[j]!)) expect.fail(`positions ${i} and ${j} have dependent columns`);
      }
    }
    expect(pairs).toBe((MAX_CHECKED_SYMBOLS * (MAX_CHECKED_SYMBOLS - 1)) / 2);
  });

  it('catch EVERY pair of wrong characters on the longest codes: all pairs of positions × all 31 × 31 differences', () => {
    let tried = 0;
    for (const code of LONGEST_CODES) {
      const symbols = symbolsOf(code);
      for (let a = 0; a < symbols.length; a++) {
        for (let b = a + 1; b < symbols.length; b++) {
          const typed = [...symbols];
          for (let ea = 1; ea < 32; ea++) {
            typed[a] = symbols[a]! ^ ea;
            for (let eb = 1; eb < 32; eb++) {
              typed[b] = symbols[b]! ^ eb;
              tried++;
              if (hasValidChecks(typed)) expect.fail(`${code}: positions ${a} and ${b} changed by ${ea} and ${eb} pass the checks`);
            }
          }
        }
      }
    }
    expect(tried).toBe([42, 97].reduce((sum, n) => sum + ((n * (n - 1)) / 2) * 31 * 31, 0));
  });

  it('catch every three wrong characters in a code of up to 34 symbols (the first columns form a hyperoval)', () => {
    const length = 34;
    const columns = Array.from({ length }, (_, p) => checkColumn(p, length));
    // Three columns are dependent when their determinant is zero.
    const det = (u: CheckColumn, v: CheckColumn, w: CheckColumn) =>
      gfMul(u[0], gfMul(v[1], w[2]) ^ gfMul(v[2], w[1])) ^ gfMul(u[1], gfMul(v[0], w[2]) ^ gfMul(v[2], w[0])) ^ gfMul(u[2], gfMul(v[0], w[1]) ^ gfMul(v[1], w[0]));
    for (let i = 0; i < length; i++)
      for (let j = i + 1; j < length; j++)
        for (let k = j + 1; k < length; k++) expect(det(columns[i]!, columns[j]!, columns[k]!), `${i} ${j} ${k}`).not.toBe(0);
  });
});

describe('a code with typing errors, read by the console', () => {
  it('refuses EVERY single wrong character, at every position, with every other symbol, as "check-digit"', () => {
    let tried = 0;
    for (const code of CODES) {
      const symbols = symbolsOf(code);
      for (let position = 0; position < symbols.length; position++) {
        for (let wrong = 0; wrong < 32; wrong++) {
          if (wrong === symbols[position]) continue;
          const typed = writeSymbols(symbols.map((s, i) => (i === position ? wrong : s)));
          tried++;
          expect(decodeHelperCode(typed), `${code} → ${typed}`).toEqual({ ok: false, reason: 'check-digit' });
        }
      }
    }
    expect(tried).toBeGreaterThan(5 * 30 * 31);
  });

  it('refuses EVERY swap of two neighbouring characters, across the dashes too, as "check-digit"', () => {
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

  it('refuses every pair of wrong characters on the longest codes, through the whole reader (all pairs of positions, differences 1, 31 and one more)', () => {
    for (const code of LONGEST_CODES) {
      const symbols = symbolsOf(code);
      for (let a = 0; a < symbols.length; a++) {
        for (let b = a + 1; b < symbols.length; b++) {
          for (const [ea, eb] of [[1, 1], [31, 31], [1 + (a % 31), 1 + ((a * b) % 31)]] as const) {
            const typed = [...symbols];
            typed[a] = symbols[a]! ^ ea;
            typed[b] = symbols[b]! ^ eb;
            const result = decodeHelperCode(writeSymbols(typed));
            if (result.ok) expect.fail(`${code}: positions ${a} and ${b} changed by ${ea} and ${eb} read as a code`);
          }
        }
      }
    }
  });

  it('refuses the kind of error that version 1 let through: two changes 31 apart with the same difference', () => {
    for (const code of LONGEST_CODES) {
      const symbols = symbolsOf(code);
      for (let a = 0; a + 31 < symbols.length; a++) {
        for (let difference = 1; difference < 32; difference++) {
          const typed = [...symbols];
          typed[a] = symbols[a]! ^ difference;
          typed[a + 31] = symbols[a + 31]! ^ difference;
          expect(decodeHelperCode(writeSymbols(typed)).ok, `${code}: ${a} and ${a + 31} by ${difference}`).toBe(false);
        }
      }
    }
  });
});
