/**
 * A small subset of ICU MessageFormat, enough for our messages and familiar to
 * translators: {name}, {n, number}, {n, plural, one {# hour} other {# hours}},
 * {x, select, ahead {…} other {…}}, {d, date}, {m, offset} (UTC−6),
 * {z, zone} (a time-zone id shown as its city) and {n, daysAgo} (a number of
 * days in the past, said in the largest sensible unit: "11 years ago").
 * A full MessageFormat library would cost more than all our messages together.
 *
 * Numbers, dates, plurals and relative time all go through Intl in the
 * language's own locale; no plural rule is written by hand. Intl objects are
 * slow to create on phones, so each is made once per locale and options.
 */

export type ParamValue = string | number | boolean | null;
export type Params = Readonly<Record<string, ParamValue | undefined>>;

export interface FormatOptions {
  /** Localised name of a time zone id; defaults to the city part of the id. */
  zoneName?: (zone: string) => string | undefined;
  /**
   * Words for "n units ago" where Intl has none for the language (Haitian
   * Creole everywhere: an fr-HT RelativeTimeFormat would speak French).
   */
  ago?: (amount: number, unit: AgoUnit) => string | undefined;
  /** A calendar day in words where Intl has none for the language (Creole months, not French ones). */
  dateWords?: (year: number, month: number, day: number) => string | undefined;
}

export type AgoUnit = 'day' | 'week' | 'month' | 'year';

interface FormatContext extends FormatOptions {
  /** BCP 47 tag used for numbers, dates and plural rules. */
  locale: string;
  params: Params;
}

export function formatMessage(pattern: string, locale: string, params: Params = {}, options: FormatOptions = {}): string {
  return render(pattern, { ...options, locale, params }, undefined);
}

function render(pattern: string, ctx: FormatContext, pluralValue: number | undefined): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '{') {
      const end = matchingBrace(pattern, i);
      out += renderArgument(pattern.slice(i + 1, end), ctx);
      i = end + 1;
    } else if (ch === '#' && pluralValue !== undefined) {
      out += formatNumber(pluralValue, ctx.locale);
      i += 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new SyntaxError(`Unclosed "{" in message: ${text}`);
}

function renderArgument(body: string, ctx: FormatContext): string {
  const [rawName, rawType, ...rest] = splitTopLevel(body);
  const name = (rawName ?? '').trim();
  const type = rawType?.trim();
  const value = ctx.params[name];
  switch (type) {
    case undefined:
      return value === undefined || value === null ? `{${name}}` : String(value);
    case 'number':
      return formatNumber(Number(value), ctx.locale);
    case 'date':
      return formatDate(value, ctx.locale, ctx.dateWords);
    case 'offset':
      return formatOffset(Number(value));
    case 'daysAgo': {
      const { amount, unit } = agoUnit(Number(value));
      return (Number.isFinite(amount) && ctx.ago?.(amount, unit)) || formatDaysAgo(Number(value), ctx.locale);
    }
    case 'zone':
      if (value === undefined || value === null) return `{${name}}`;
      return ctx.zoneName?.(String(value)) ?? cityOfZone(String(value));
    case 'plural': {
      const n = Number(value);
      const options = parseOptions(rest.join(','));
      const exact = options.get(`=${n}`);
      const category = pluralRules(ctx.locale).select(n);
      const chosen = exact ?? options.get(category) ?? options.get('other') ?? '';
      return render(chosen, ctx, n);
    }
    case 'select': {
      const options = parseOptions(rest.join(','));
      return render(options.get(String(value)) ?? options.get('other') ?? '', ctx, undefined);
    }
    default:
      throw new SyntaxError(`Unknown argument type "${type}" in {${body}}`);
  }
}

/** Splits "n, plural, one {a, b} other {c}" at the first two top-level commas only. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length && parts.length < 2; i++) {
    const ch = body[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function parseOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    options.set(key, text.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

/** One Intl object per constructor, locale and options: creating them costs milliseconds on a phone. */
function cached<T>(cache: Map<string, T>, locale: string, options: object, make: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = cache.get(key);
  if (made === undefined) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRulesCache = new Map<string, Intl.PluralRules>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return cached(pluralRulesCache, locale, {}, () => new Intl.PluralRules(locale));
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const options = { numeric: 'auto' } as const;
  return cached(relativeFormats, locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

function formatNumber(n: number, locale: string): string {
  return Number.isFinite(n) ? numberFormat(locale).format(n) : '?';
}

/**
 * A number of days in the past, in the largest unit that is at least one
 * whole: days under two weeks, weeks under two months, months under a year,
 * then whole years ("11 years ago", "hace 11 años", never "4254 days ago").
 * Rounded down, so a photo is never said to be older than it is.
 */
export function formatDaysAgo(days: number, locale: string): string {
  if (!Number.isFinite(days)) return '?';
  const { amount, unit } = agoUnit(days);
  return relativeFormat(locale).format(-amount, unit);
}

export function agoUnit(days: number): { amount: number; unit: AgoUnit } {
  const past = Math.max(0, days);
  if (past < 14) return { amount: Math.round(past), unit: 'day' };
  if (past < 61) return { amount: Math.floor(past / 7), unit: 'week' };
  if (past < 365) return { amount: Math.floor(past / 30.44), unit: 'month' };
  return { amount: Math.floor(past / 365.25), unit: 'year' };
}

/**
 * Whether the browser's Intl has words (months, "ago") for a language: not for
 * Haitian Creole anywhere, and not for some languages in trimmed browser ICU
 * data. Where it has none, the catalogue's own words are used (time.ago, time.date).
 */
export function intlHasWordsFor(language: string): boolean {
  return Intl.RelativeTimeFormat.supportedLocalesOf([language]).length > 0;
}

/** Dates travel as "YYYY-MM-DD" (a calendar day where the person is) or epoch ms. */
function formatDate(value: ParamValue | undefined, locale: string, dateWords?: FormatOptions['dateWords']): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    // A photo may record "0000:00:00": no such day, so it is shown as written.
    if (month < 1 || month > 12 || day < 1 || day > 31 || Number.isNaN(Date.parse(`${value}T12:00:00Z`))) return value;
    return dateWords?.(year, month, day) ?? dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T12:00:00Z`));
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    const at = new Date(value);
    const day = dateWords?.(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
    if (day !== undefined) return `${day}, ${dateFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(value)} UTC`;
    return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(value) + ' UTC';
  }
  return String(value ?? '?');
}

/** Minutes east of UTC as people read them on phones: UTC−6, UTC+5:30, UTC. */
export function formatOffset(minutes: number): string {
  if (!Number.isFinite(minutes)) return 'UTC?';
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "America/Mexico_City" → "Mexico City"; "Etc/GMT+6" → "UTC−6" (its name has the sign reversed). */
export function cityOfZone(zone: string): string {
  const etc = /^(?:Etc\/)?GMT([+-])(\d{1,2})$/.exec(zone);
  if (etc) return formatOffset((etc[1] === '+' ? -60 : 60) * Number(etc[2]));
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/.test(zone)) return 'UTC';
  if (zone.startsWith('Etc/')) return zone;
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}
