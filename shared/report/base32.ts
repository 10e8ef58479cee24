/**
 * Crockford's base 32 (https://www.crockford.com/base32.html): digits and
 * capital letters without I, L, O and U, so a code read aloud or typed from a
 * phone screen has no look-alikes. Reading is forgiving the way Crockford
 * says: lower case is upper case, O is 0, I and L are 1; dashes and spaces
 * only group. Every symbol is also in the QR alphanumeric set, so a QR code
 * of the text stays in the dense alphanumeric mode.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Map<string, number>([...ALPHABET].map((char, value) => [char, value]));
for (const [alias, value] of [['O', 0], ['I', 1], ['L', 1]] as const) VALUES.set(alias, value);

/** Separators a person may type or the code may be printed with. */
const SEPARATORS = /[\s\-_.]/g;

/** The symbol values of a text, or the first character that is not a symbol. */
export function readSymbols(text: string): { ok: true; symbols: number[] } | { ok: false; badChar: string } {
  const symbols: number[] = [];
  for (const char of text.toUpperCase().replace(SEPARATORS, '')) {
    const value = VALUES.get(char);
    if (value === undefined) return { ok: false, badChar: char };
    symbols.push(value);
  }
  return { ok: true, symbols };
}

/** Symbols as text, in groups of `group` joined by '-'. */
export function writeSymbols(symbols: readonly number[], group = 4): string {
  const chars = symbols.map((value) => {
    const char = ALPHABET[value];
    if (char === undefined) throw new RangeError(`not a base-32 symbol: ${value}`);
    return char;
  });
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += group) groups.push(chars.slice(i, i + group).join(''));
  return groups.join('-');
}
