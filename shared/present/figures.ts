import type { HeadlineFigure } from '../metrics/headline-figures';
import type { Lang } from '../process/stage-list';
import { digitsFor, formatCount, formatMoney, missing, NO_VALUE, nf } from './numbers';

/**
 * Every figure the product shows, as words and numbers: the popup, the
 * playbook's team review and `npm run report` all call these, so a rate reads
 * the same everywhere. Pure (the language is an argument). The rule for
 * decimals: a percentage or a number of days under 10 gets one decimal (a
 * tenth matters there), anything larger is whole; money and counts are whole.
 */
export type FigureUnit = HeadlineFigure['unit'];

export function formatPercent(rate: number | null, lang: Lang): string {
  if (missing(rate)) return NO_VALUE;
  const digits = digitsFor(rate * 100);
  return nf(lang, `p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(rate);
}

/** "12 days", "2.5 días": Intl writes the unit and its plural. */
export function formatDays(days: number | null, lang: Lang): string {
  if (missing(days)) return NO_VALUE;
  const digits = digitsFor(days);
  return nf(lang, `d${digits}`, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: digits,
  }).format(days);
}

const PER_DAY = { en: 'per day', es: 'al día' } as const;

/** Any figure by its unit; money in the report's currency. */
export function formatFigure(value: number | null, unit: FigureUnit, lang: Lang, currency: string): string {
  if (missing(value)) return NO_VALUE;
  switch (unit) {
    case 'ratio':
      return formatPercent(value, lang);
    case 'days':
      return formatDays(value, lang);
    case 'money':
      return formatMoney(value, currency, lang);
    case 'money-per-day':
      return `${formatMoney(value, currency, lang)} ${PER_DAY[lang]}`;
    default:
      return formatCount(value, lang);
  }
}

/**
 * A change between two values of a figure: signed, in the figure's unit.
 * Ratios change in percentage points, which is what a reader compares.
 */
export function formatChange(delta: number | null, unit: FigureUnit, lang: Lang, currency: string): string {
  if (missing(delta)) return NO_VALUE;
  if (delta === 0) return '0';
  const sign = delta > 0 ? '+' : '−';
  const size = Math.abs(delta);
  if (unit === 'ratio') {
    const points = size * 100;
    const digits = digitsFor(points);
    return `${sign}${nf(lang, `pp${digits}`, { maximumFractionDigits: digits }).format(points)} ${lang === 'es' ? 'p. p.' : 'pp'}`;
  }
  return `${sign}${formatFigure(size, unit, lang, currency)}`;
}
