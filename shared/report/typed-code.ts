/**
 * What a person pastes or types as a helper code, made into what the code
 * reader expects. Chat apps, word processors and right-to-left text put in
 * characters the eye does not see or cannot tell apart (issue 23): dashes of
 * every width, the minus sign, no-break and thin spaces, zero-width joiners
 * and direction marks around a left-to-right code in Arabic text, and
 * full-width letters from Chinese and Japanese keyboards.
 */
import { readSymbols, writeSymbols } from './base32';

/**
 * The most characters a code box takes. The longest code the layout can write
 * is 97 symbols, 121 characters with its dashes; more than this is not a
 * code, and reading it would only cost time (a two-million-character paste).
 */
export const MAX_TYPED_CODE_LENGTH = 200;

/** Invisible format characters: zero-width space and joiners, word joiner, BOM, soft hyphen, and the direction marks, embeddings, overrides and isolates. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Every dash a keyboard or an app may put between the groups: hyphens, figure dash, en and em dashes, minus, small and full-width hyphen-minus, katakana-hiragana bar. */
const DASHES = /[\u058A\u05BE\u1400\u1806\u2010-\u2015\u2043\u2212\u2E17\u2E1A\u2E3A\u2E3B\u2E40\u301C\u3030\u30A0\u30FC\uFE31\uFE32\uFE58\uFE63\uFF0D\uFF70]/g;

/**
 * The text with invisible marks removed, every dash as '-', every kind of
 * space as ' ', and full-width letters and digits as plain ones (NFKC).
 * Letters stay as typed: base32.ts decides what is a symbol.
 */
export function normaliseTypedCode(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(/\s+/gu, ' ');
}

/**
 * The code in groups of four separated by spaces, for a code box that wraps:
 * a line may break at a space, never inside a group (a line break after a
 * '-' before a digit is not allowed by Unicode line breaking, so dashes would
 * make the box break inside a group). Null when the text holds a character no
 * code has.
 */
export function groupedForReading(text: string): string | null {
  const read = readSymbols(normaliseTypedCode(text).slice(0, MAX_TYPED_CODE_LENGTH));
  return read.ok ? writeSymbols(read.symbols).replaceAll('-', ' ') : null;
}
