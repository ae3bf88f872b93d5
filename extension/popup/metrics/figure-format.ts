import type { Lang } from '../../../shared/process/stage-list';
import { formatMoney, formatNumber } from '../../ui/format';

/**
 * Number formats of the metrics screens. Pure (the language is an argument);
 * Intl does the plurals ("1 day", "2 days", "1 día").
 */
export type FigureUnit = 'count' | 'ratio' | 'days' | 'money' | 'money-per-day';

const cache = new Map<string, Intl.NumberFormat>();
function nf(key: string, lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(`${lang}:${key}`);
  if (!f) {
    f = new Intl.NumberFormat(lang, opts);
    cache.set(`${lang}:${key}`, f);
  }
  return f;
}

/** The sign used for a figure that could not be computed (nothing was counted). */
export const NO_VALUE = '—';

export function formatPercent(rate: number | null, lang: Lang): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  return nf('pct', lang, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

export function formatDays(days: number | null, lang: Lang): string {
  if (days === null || !Number.isFinite(days)) return NO_VALUE;
  // A tenth of a day matters for short stays only.
  const digits = days < 10 ? 1 : 0;
  return nf(`days${digits}`, lang, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: digits,
  }).format(days);
}

export function formatCount(n: number | null, lang: Lang): string {
  return n === null || !Number.isFinite(n) ? NO_VALUE : formatNumber(n, lang);
}

/** Any figure by its unit; money in the report's currency. */
export function formatFigure(value: number | null, unit: FigureUnit, lang: Lang, currency: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  switch (unit) {
    case 'ratio':
      return formatPercent(value, lang);
    case 'days':
      return formatDays(value, lang);
    case 'money':
    case 'money-per-day':
      return formatMoney(value, currency, lang);
    default:
      return formatCount(value, lang);
  }
}

/**
 * A change between two values of a figure: signed, in the figure's unit.
 * Ratios change in percentage points, which is what a reader compares.
 */
export function formatChange(delta: number | null, unit: FigureUnit, lang: Lang, currency: string): string {
  if (delta === null || !Number.isFinite(delta)) return NO_VALUE;
  if (delta === 0) return '0';
  const sign = delta > 0 ? '+' : '−';
  const size = Math.abs(delta);
  if (unit === 'ratio') {
    const points = nf('pp', lang, { maximumFractionDigits: 0 }).format(size * 100);
    return `${sign}${points} ${lang === 'es' ? 'p. p.' : 'pp'}`;
  }
  return `${sign}${formatFigure(size, unit, lang, currency)}`;
}
