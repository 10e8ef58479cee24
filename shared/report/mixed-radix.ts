/**
 * The payload of a helper code is one whole number written in mixed radix:
 * each field is a digit with its own base (a status has 5 values, a platform
 * 3), so no field wastes the rest of a bit. The first field is the least
 * significant digit, which lets the reader take fields in order without
 * knowing the ones that follow.
 */

export class RadixWriter {
  private readonly digits: Array<[value: number, radix: number]> = [];

  /** Appends a digit 0 ≤ value < radix. */
  push(value: number, radix: number): this {
    if (!Number.isInteger(radix) || radix < 1) throw new RangeError(`bad radix ${radix}`);
    if (!Number.isInteger(value) || value < 0 || value >= radix) throw new RangeError(`${value} is not a digit of radix ${radix}`);
    this.digits.push([value, radix]);
    return this;
  }

  /** The number, and the product of the radices (how large it could have been). */
  finish(): { value: bigint; capacity: bigint } {
    let value = 0n;
    let capacity = 1n;
    for (let i = this.digits.length - 1; i >= 0; i--) {
      const [digit, radix] = this.digits[i]!;
      value = value * BigInt(radix) + BigInt(digit);
      capacity *= BigInt(radix);
    }
    return { value, capacity };
  }
}

export class RadixReader {
  private capacityRead = 1n;

  constructor(private rest: bigint) {}

  /** Takes the next digit of the given radix. */
  take(radix: number): number {
    const r = BigInt(radix);
    const digit = this.rest % r;
    this.rest /= r;
    this.capacityRead *= r;
    return Number(digit);
  }

  /** Nothing is left over: the number held exactly the digits read. */
  get exhausted(): boolean {
    return this.rest === 0n;
  }

  get capacity(): bigint {
    return this.capacityRead;
  }
}

/** How many base-32 symbols hold any number below `capacity` (at least one). */
export function symbolsFor(capacity: bigint): number {
  let count = 1;
  for (let room = 32n; room < capacity; room *= 32n) count++;
  return count;
}

/** A number as exactly `count` base-32 digits, most significant first. */
export function toSymbols(value: bigint, count: number): number[] {
  const symbols = new Array<number>(count).fill(0);
  let rest = value;
  for (let i = count - 1; i >= 0; i--) {
    symbols[i] = Number(rest % 32n);
    rest /= 32n;
  }
  if (rest !== 0n) throw new RangeError('number does not fit');
  return symbols;
}

export function fromSymbols(symbols: readonly number[]): bigint {
  return symbols.reduce((value, symbol) => value * 32n + BigInt(symbol), 0n);
}
