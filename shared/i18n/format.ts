/**
 * A small subset of ICU MessageFormat, enough for our messages and familiar to
 * translators: {name}, {n, number}, {n, plural, one {# hour} other {# hours}},
 * {x, select, ahead {…} other {…}}, {d, date}, {m, offset} (UTC−6) and
 * {z, zone} (a time-zone id shown as its city).
 * A full MessageFormat library would cost more than all our messages together.
 */

export type ParamValue = string | number | boolean | null;
export type Params = Readonly<Record<string, ParamValue | undefined>>;

export interface FormatOptions {
  /** Localised name of a time zone id; defaults to the city part of the id. */
  zoneName?: (zone: string) => string | undefined;
}

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
      return formatDate(value, ctx.locale);
    case 'offset':
      return formatOffset(Number(value));
    case 'zone':
      if (value === undefined || value === null) return `{${name}}`;
      return ctx.zoneName?.(String(value)) ?? cityOfZone(String(value));
    case 'plural': {
      const n = Number(value);
      const options = parseOptions(rest.join(','));
      const exact = options.get(`=${n}`);
      const category = new Intl.PluralRules(ctx.locale).select(n);
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

function formatNumber(n: number, locale: string): string {
  return Number.isFinite(n) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n) : '?';
}

/** Dates travel as "YYYY-MM-DD" (a calendar day where the person is) or epoch ms. */
function formatDate(value: ParamValue | undefined, locale: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T12:00:00Z`));
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(value) + ' UTC';
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
