/**
 * The check symbols at the end of a helper code.
 *
 * ## Version 2 on: three check symbols, every one- and two-character error caught at any length
 *
 * Symbols are elements of GF(32) (polynomial x⁵ + x² + 1). Every position j
 * of a code has a column hⱼ, a point of the projective plane over GF(32); a
 * code is valid when Σ sⱼ·hⱼ = 0 (three sums over GF(32)). The three check
 * symbols sit at the end with the columns (1,0,0), (0,1,0), (0,0,1), so each
 * is simply its sum over the symbols before it.
 *
 * An error goes unseen only when it is a combination of the columns it
 * touches that adds up to zero. All columns are different projective points
 * (no column is a multiple of another), so:
 *
 * - one wrong symbol e at j changes the sums by e·hⱼ ≠ 0: always caught;
 * - two wrong symbols change them by e·hᵢ + f·hⱼ, zero only if hᵢ and hⱼ
 *   were multiples of each other: always caught, whatever the two
 *   differences and however far apart, at every length up to MAX_CHECKED_SYMBOLS;
 * - two neighbours swapped are two wrong symbols (a+b at both): always caught,
 *   across the dashes too (they are not symbols).
 *
 * Why three symbols over GF(32) rather than the alternatives the issue
 * weighed (issue 23; PITFALLS.md, "Two check symbols over GF(32)…"):
 *
 * - Catching every double error needs pairwise different projective points,
 *   and GF(32)² has only 33 of them: with two check symbols no code longer
 *   than 33 symbols can do it, whatever the arithmetic (version 1 stopped at
 *   31, and its codes are 32–50 symbols). Three symbols give 1057 points;
 *   this layout uses 1026, and the longest code the layout can write is
 *   about 100 (test/report/check-symbols.test.ts). Three is the fewest that
 *   can work: one character more than version 1, nothing more to type.
 * - GF(1024) with two-character symbols needs four check characters for
 *   the same guarantee; blocks of at most 31 symbols with two checks each
 *   need six to eight for a 40–100 symbol code. Both are longer to type.
 * - Beyond two errors a random error passes 1 time in 32768 (three
 *   sums of five bits), against 1 in 1024 before; the decoder's other tests
 *   (length, every field, writing back the same code) refuse most of those
 *   too. The first 31 data columns and the three check columns form a
 *   hyperoval (the conic (1, t, t²) and its nucleus): no three of them are
 *   dependent, so a code of up to 34 symbols also catches every three wrong
 *   characters. Later columns follow translates of that conic, so that
 *   neighbouring positions rarely fall on one line.
 *
 * ## Version 1: two check symbols (kept to recognise old codes)
 *
 * A shortened Reed–Solomon code: S₁ = Σ sᵢ·αⁱ and S₂ = Σ sᵢ·α²ⁱ are zero.
 * Since α³¹ = 1 it catches two errors only up to 31 symbols; a console reads
 * such a code only to say it comes from an older Listo.
 */

const EXP: number[] = [];
const LOG: number[] = new Array<number>(32).fill(0);
{
  let x = 1;
  for (let i = 0; i < 31; i++) {
    EXP.push(x);
    LOG[x] = i;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
  }
}

const exp = (power: number): number => EXP[((power % 31) + 31) % 31]!;

function mul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return exp(LOG[a]! + LOG[b]!);
}

/** How many check symbols end a code of the current version. */
export const CHECK_SYMBOL_COUNT = 3;

/** A column of the check: three GF(32) elements. */
export type CheckColumn = readonly [number, number, number];

/**
 * The column of data position j: first the 31 points (1, t, t²) of the conic
 * with t ≠ 0 (t = 0 is the first check symbol's column), then the 992 points
 * off it, (1, a, a² + αᵐ), with a running fastest so that neighbours lie on
 * one translated conic and not on one line.
 */
function dataColumn(j: number): CheckColumn {
  if (j < 31) {
    const t = exp(j);
    return [1, t, mul(t, t)];
  }
  const k = j - 31;
  const a = k % 32;
  const m = Math.floor(k / 32);
  return [1, a, mul(a, a) ^ exp(m)];
}

/** Data positions the columns reach; with the three check symbols, the longest code that keeps the guarantee. */
const MAX_DATA_SYMBOLS = 31 + 32 * 31;
export const MAX_CHECKED_SYMBOLS = MAX_DATA_SYMBOLS + CHECK_SYMBOL_COUNT;

const DATA_COLUMNS: readonly CheckColumn[] = Array.from({ length: MAX_DATA_SYMBOLS }, (_, j) => dataColumn(j));
const CHECK_COLUMNS: readonly CheckColumn[] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

// Flat tables for the sums, which run over every symbol of every code a volunteer types (and millions of times in the tests).
const PRODUCTS = Uint8Array.from({ length: 32 * 32 }, (_, i) => mul(i >> 5, i & 31));
const SECOND = Uint8Array.from(DATA_COLUMNS, (column) => column[1]);
const THIRD = Uint8Array.from(DATA_COLUMNS, (column) => column[2]);

/** The column of position `position` in a code of `length` symbols (checks included): what the tests prove things of. */
export function checkColumn(position: number, length: number): CheckColumn {
  if (length > MAX_CHECKED_SYMBOLS) throw new RangeError(`a code of ${length} symbols is longer than the check symbols cover`);
  const column = position >= length - CHECK_SYMBOL_COUNT ? CHECK_COLUMNS[position - (length - CHECK_SYMBOL_COUNT)] : DATA_COLUMNS[position];
  if (!column) throw new RangeError(`no position ${position} in a code of ${length} symbols`);
  return column;
}

/** Σ sⱼ·hⱼ over the first `count` symbols, as data positions. */
function dataSums(symbols: readonly number[], count: number): [number, number, number] {
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  for (let j = 0; j < count; j++) {
    const symbol = symbols[j]!;
    k1 ^= symbol; // every data column starts with 1
    k2 ^= PRODUCTS[(symbol << 5) | SECOND[j]!]!;
    k3 ^= PRODUCTS[(symbol << 5) | THIRD[j]!]!;
  }
  return [k1, k2, k3];
}

/** The check symbols to append to `symbols` so that the whole is valid: each is its sum over the symbols before. */
export function checkSymbols(symbols: readonly number[]): [number, number, number] {
  if (symbols.length > MAX_DATA_SYMBOLS) throw new RangeError(`${symbols.length} symbols are more than the check symbols cover`);
  return dataSums(symbols, symbols.length);
}

/** Whether symbols, check symbols included, form a valid code of the current version. */
export function hasValidChecks(symbols: readonly number[]): boolean {
  const n = symbols.length;
  if (n <= CHECK_SYMBOL_COUNT || n > MAX_CHECKED_SYMBOLS) return false;
  const [k1, k2, k3] = dataSums(symbols, n - CHECK_SYMBOL_COUNT);
  return k1 === symbols[n - 3] && k2 === symbols[n - 2] && k3 === symbols[n - 1];
}

/** Whether symbols hold version 1's two check symbols (a code from an older Listo). */
export function hasValidVersion1Checks(symbols: readonly number[]): boolean {
  let s1 = 0;
  let s2 = 0;
  symbols.forEach((symbol, i) => {
    s1 ^= mul(symbol, exp(i));
    s2 ^= mul(symbol, exp(2 * i));
  });
  return symbols.length >= 2 && s1 === 0 && s2 === 0;
}
