/**
 * Reading messages as translators write them, for the catalogue tests: the
 * arguments of a message, with their types, select options and plural forms.
 */

export interface Argument {
  name: string;
  type: string;
  /** Option keys of a plural or select ("one", "=0", "ahead"), else empty. */
  options: string[];
}

export function argumentsOf(pattern: string): Argument[] {
  const found: Argument[] = [];
  walk(pattern, found);
  return found;
}

/**
 * The shape of a message: its arguments with their types, the option keys of
 * every select, and that every plural has "other". Translations may reword
 * freely but must keep this shape, or a placeholder shows up raw to a person.
 * Plural forms themselves differ by language (Arabic has six), so they are
 * not part of the shape; pluralGaps checks them against each locale instead.
 */
export function shape(pattern: string): string[] {
  const found = new Set<string>();
  for (const arg of argumentsOf(pattern)) {
    found.add(`${arg.name}:${arg.type}`);
    if (arg.type === 'select') found.add(`${arg.name}:select[${[...arg.options].sort().join(',')}]`);
    if (arg.type === 'plural' && !arg.options.includes('other')) found.add(`${arg.name}:plural WITHOUT other`);
  }
  return [...found].sort();
}

/** The plural categories of the locale that a plural argument of the pattern gives no form for. */
export function pluralGaps(pattern: string, locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return argumentsOf(pattern)
    .filter((arg) => arg.type === 'plural')
    .flatMap((arg) => categories.filter((category) => !arg.options.includes(category)).map((category) => `${arg.name}:${category}`));
}

function walk(text: string, found: Argument[]): void {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') continue;
    const end = closing(text, i);
    const [name, type, rest] = splitArg(text.slice(i + 1, end));
    const options = type === 'plural' || type === 'select' ? optionsOf(rest) : new Map<string, string>();
    found.push({ name, type, options: [...options.keys()] });
    for (const option of options.values()) walk(option, found);
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
