import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/index';
import { CATALOGUES, createTranslator } from '../../shared/catalogues';
import { formatMessage } from '../../shared/i18n/format';

/**
 * The shape of a message: its arguments with their types, the option keys of
 * every select, and that every plural has "other". Translations may reword
 * freely but must keep this shape, or a placeholder shows up raw to a person.
 */
function shape(pattern: string): string[] {
  const found = new Set<string>();
  walk(pattern, found);
  return [...found].sort();
}

function walk(text: string, found: Set<string>): void {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') continue;
    const end = closing(text, i);
    const body = text.slice(i + 1, end);
    const [name, type, rest] = splitArg(body);
    found.add(`${name}:${type}`);
    if (type === 'plural' || type === 'select') {
      const options = optionsOf(rest);
      if (type === 'select') found.add(`${name}:select[${[...options.keys()].sort().join(',')}]`);
      if (type === 'plural' && !options.has('other')) found.add(`${name}:plural WITHOUT other`);
      for (const option of options.values()) walk(option, found);
    }
    i = end;
  }
}

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed brace in ${text}`);
}

function splitArg(body: string): [string, string, string] {
  const first = body.indexOf(',');
  if (first < 0) return [body.trim(), '', ''];
  const second = body.indexOf(',', first + 1);
  const type = body.slice(first + 1, second < 0 ? undefined : second).trim();
  return [body.slice(0, first).trim(), type, second < 0 ? '' : body.slice(second + 1)];
}

function optionsOf(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = closing(text, open);
    options.set(text.slice(i, open).trim(), text.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

const english = CATALOGUES.en;

describe('message catalogues', () => {
  it('ship English, Spanish and Haitian Creole', () => {
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual(['en', 'es', 'ht']);
  });

  for (const language of LANGUAGES) {
    const catalogue: Record<string, string> = CATALOGUES[language.code];

    it(`${language.code} has exactly the English keys`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${language.code} keeps every placeholder of every message`, () => {
      const mismatches = Object.entries(english)
        .filter(([key, text]) => catalogue[key] !== undefined && shape(catalogue[key]).join(' ') !== shape(text).join(' '))
        .map(([key]) => ({ key, english: shape(english[key as keyof typeof english]), translated: shape(catalogue[key]!) }));
      expect(mismatches).toEqual([]);
    });

    it(`${language.code} has no empty message and every message renders`, () => {
      const t = createTranslator(language.code);
      const sample = { direction: 'ahead', unit: 'minutes', amount: 3, hours: 1, offset: -360, date: '2026-01-20', from: '2027-04-04', until: null };
      for (const key of Object.keys(english)) {
        expect(catalogue[key]?.trim(), key).toBeTruthy();
        expect(() => formatMessage(catalogue[key]!, language.formatLocale, sample)).not.toThrow();
        expect(t.t(key, sample)).not.toMatch(/\{(direction|unit|amount|hours|offset|from|until), /);
      }
    });
  }

  it('the shape check itself notices a dropped placeholder and a renamed select option', () => {
    expect(shape('{n, plural, one {# hour} other {# hours}} {direction, select, ahead {a} other {b}}')).not.toEqual(
      shape('{n, plural, one {# hora} other {# horas}} {direction, select, adelante {a} other {b}}'),
    );
    expect(shape('Zone {zone, zone}')).not.toEqual(shape('Zòn'));
  });
});
