import { describe, expect, it } from 'vitest';
import { decodeHelperCode, encodeHelperCode, groupedForReading, MAX_TYPED_CODE_LENGTH, normaliseTypedCode } from '../../shared/report/index';
import { selfCheck, tijuanaFacts } from './self-check';

const code = encodeHelperCode(selfCheck(tijuanaFacts(), 'cbp-one', true));
const groups = code.split('-');

describe('a code pasted from a chat, a document or right-to-left text', () => {
  it.each([
    ['en dashes', groups.join('\u2013')],
    ['em dashes', groups.join('\u2014')],
    ['minus signs', groups.join('\u2212')],
    ['non-breaking hyphens and figure dashes', groups.join('\u2011').replace(/^(.{4})/, '$1\u2012')],
    ['full-width hyphens', groups.join('\uFF0D')],
    ['no-break and thin spaces', groups.join('\u00A0').replace(' ', '\u2009')],
    ['a left-to-right mark around it (Arabic text)', `\u200F\u202B${groups.join('-')}\u202C\u200E`],
    ['direction isolates and zero-width spaces between the groups', `\u2066${groups.join('\u200B-\u200B')}\u2069`],
    ['a byte-order mark and a word joiner', `\uFEFF${groups.join('\u2060-')}`],
    ['full-width letters and digits (Chinese and Japanese keyboards)', code.replace(/[0-9A-Z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))],
  ])('opens with %s', (_, pasted) => {
    expect(pasted).not.toBe(code);
    expect(decodeHelperCode(pasted)).toEqual(decodeHelperCode(code));
  });

  it('keeps letters as typed: only the look-alike marks and spaces change', () => {
    expect(normaliseTypedCode('ab\u2013cd\u00A0\u200Ee')).toBe('ab-cd e');
  });
});

describe('text that is not a code', () => {
  it('words are "not a Listo code", never "too short"', () => {
    for (const text of ['hello world', 'hello', 'hi', 'Thank you!', 'sí']) expect(decodeHelperCode(text), text).toEqual({ ok: false, reason: 'malformed' });
  });

  it('the start of a real code is still "too short"', () => {
    expect(decodeHelperCode(code.slice(0, 3))).toEqual({ ok: false, reason: 'truncated' });
    expect(decodeHelperCode(code.slice(0, 20))).toEqual({ ok: false, reason: 'truncated' });
  });

  it(`more than ${MAX_TYPED_CODE_LENGTH} characters is refused at once, however long`, () => {
    const huge = code.replaceAll('-', '').repeat(Math.ceil(2_000_000 / code.length));
    const started = performance.now();
    expect(decodeHelperCode(huge)).toEqual({ ok: false, reason: 'malformed' });
    expect(performance.now() - started).toBeLessThan(50);
    expect(decodeHelperCode(`${code}${' '.repeat(MAX_TYPED_CODE_LENGTH)}`)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('a code in the code box', () => {
  it('is shown in groups of four separated by spaces, so that a line breaks between groups, never inside one', () => {
    expect(groupedForReading(code.replaceAll('-', '').toLowerCase())).toBe(groups.join(' '));
    expect(groupedForReading(groups.join('\u2013'))).toBe(groups.join(' '));
    expect(groupedForReading('not # a code')).toBeNull();
  });
});
