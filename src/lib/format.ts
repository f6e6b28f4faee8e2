/**
 * Every number and date a reader sees is formatted here, in en-GB, so prose, charts, tables and exports
 * agree to the character. Prose and charts differ only where the style guide says so: "per cent" in prose,
 * "%" in charts and tables; "17 September 2024" in prose, "17 Sep 2024" in tables.
 */
import { format } from 'd3-format';

const grouped = format(',');

/** 36816 → "36,816". Non-integers keep up to two decimals: 5.5 → "5.5". */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? grouped(value) : format(',.2~f')(value);
}

/** A decimal shown to at most `digits` places, trailing zeros dropped: 5.77, 4.7, 8. */
function trimmed(value: number, digits: number): string {
  return format(`,.${digits}~f`)(value);
}

/**
 * Money in the house style: £150m, £4.7bn, £5.77m, £20,520. Millions and billions keep the precision the
 * source gave (up to two decimals), never more.
 */
export function formatMoney(value: number, currency: 'gbp' | 'eur' = 'gbp'): string {
  const symbol = currency === 'gbp' ? '£' : '€';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${sign}${symbol}${trimmed(abs / 1e9, 2)}bn`;
  if (abs >= 1e6) return `${sign}${symbol}${trimmed(abs / 1e6, 2)}m`;
  return `${sign}${symbol}${grouped(Math.round(abs))}`;
}

/** 47 → "47%" in charts and tables; "47 per cent" in prose. */
export function formatPercent(value: number, style: 'chart' | 'prose' = 'chart'): string {
  const text = trimmed(value, 1);
  return style === 'prose' ? `${text} per cent` : `${text}%`;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * ISO dates at any precision the sources give (2025, 2025-03, 2025-03-31).
 * "17 September 2024" in prose; "17 Sep 2024" in tables and charts.
 */
export function formatDate(iso: string, style: 'prose' | 'short' = 'prose'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, year, month, day] = match;
  if (!month) return year ?? iso;
  const name = months[Number(month) - 1];
  if (!name) throw new RangeError(`Not an ISO date: ${iso}`);
  const shown = style === 'short' ? name.slice(0, 3) : name;
  return day ? `${Number(day)} ${shown} ${year}` : `${shown} ${year}`;
}

/** A financial year starting in April of `startYear`: 2023 → "2023-24". */
export function formatFinancialYear(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export type ValueType = 'count' | 'number' | 'gbp' | 'eur' | 'percent' | 'year' | 'date';

/** Formats a typed value the way its type is always shown. */
export function formatValue(value: number | string, type: ValueType, style: 'prose' | 'chart' = 'chart'): string {
  if (typeof value === 'string')
    return type === 'date' ? formatDate(value, style === 'prose' ? 'prose' : 'short') : value;
  switch (type) {
    case 'count':
    case 'number':
      return formatCount(value);
    case 'gbp':
    case 'eur':
      return formatMoney(value, type);
    case 'percent':
      return formatPercent(value, style === 'prose' ? 'prose' : 'chart');
    case 'year':
      return String(value);
    case 'date':
      return String(value);
  }
}

/**
 * Text cut to at most `max` characters at a word boundary, with an ellipsis when cut: for a page's
 * <title>, which browsers and search results cut anyway, when the full text is a long headline.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

const spokenUnits = { bn: 'billion', m: 'million' } as const;

/**
 * Text for the ear: "£15.3bn" becomes "£15.3 billion" and "€141m" "€141 million", which screen readers
 * say as words (they read "bn" letter by letter). For accessible names; the visible label stays short.
 */
export function spokenText(text: string): string {
  return text.replace(
    /([£€]-?[\d,.]+)(bn|m)\b/g,
    (_, amount: string, unit: 'bn' | 'm') => `${amount} ${spokenUnits[unit]}`,
  );
}
