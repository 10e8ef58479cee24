/**
 * The two check symbols at the end of a helper code.
 *
 * Symbols are elements of GF(32) (polynomial x⁵ + x² + 1, α = x). A code is
 * valid when both sums S₁ = Σ sᵢ·αⁱ and S₂ = Σ sᵢ·α²ⁱ are zero: a shortened
 * Reed–Solomon code with two check symbols, chosen to make them zero.
 *
 * - One wrong symbol at position i changes S₁ by e·αⁱ ≠ 0: always caught.
 * - Two neighbours swapped change S₁ by αⁱ·(1 + α)·(a + b) ≠ 0 when a ≠ b:
 *   always caught, across the dashes too (they are not symbols).
 * - Any two wrong symbols are caught while the code has at most 31 symbols
 *   (distance 3); longer codes (with a position) still catch every single
 *   error and swap.
 * test/report/check-symbols.test.ts proves the first two exhaustively.
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

function div(a: number, b: number): number {
  if (b === 0) throw new RangeError('division by zero in GF(32)');
  if (a === 0) return 0;
  return exp(LOG[a]! - LOG[b]!);
}

function syndromes(symbols: readonly number[]): [number, number] {
  let s1 = 0;
  let s2 = 0;
  symbols.forEach((symbol, i) => {
    s1 ^= mul(symbol, exp(i));
    s2 ^= mul(symbol, exp(2 * i));
  });
  return [s1, s2];
}

/** The two symbols to append to `symbols` so that the whole is valid. */
export function checkSymbols(symbols: readonly number[]): [number, number] {
  const [s1, s2] = syndromes(symbols);
  const p = symbols.length;
  const q = p + 1;
  // Solve c₁αᵖ + c₂α^q = S₁ and c₁α²ᵖ + c₂α²q = S₂ (characteristic 2: minus is plus).
  const det = mul(exp(p + q), exp(q) ^ exp(p));
  const c1 = div(mul(s1, exp(2 * q)) ^ mul(s2, exp(q)), det);
  const c2 = div(mul(s1, exp(2 * p)) ^ mul(s2, exp(p)), det);
  return [c1, c2];
}

/** Whether symbols, check symbols included, form a valid code. */
export function hasValidChecks(symbols: readonly number[]): boolean {
  const [s1, s2] = syndromes(symbols);
  return symbols.length >= 2 && s1 === 0 && s2 === 0;
}
