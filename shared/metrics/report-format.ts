import type { Lang } from '../process/stage-list';
import type { HeadlineFigure } from './headline-figures';
import { localIsoDate, type TimeZone } from './time-zone';

/** Drop control characters so a hostile name cannot drive the terminal (escape sequences, rewrites). */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
}

const locale = (lang: Lang) => (lang === 'es' ? 'es-ES' : 'en-GB');

export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(n);
}

export function formatPercent(r: number | null, lang: Lang): string {
  return r === null
    ? '—'
    : new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(r);
}

export function formatMoney(n: number | null, currency: string, lang: Lang): string {
  if (n === null) return '—';
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(n);
}

export function formatDays(d: number | null, lang: Lang): string {
  return d === null ? '—' : `${formatNumber(d, lang)} d`;
}

export function formatFigure(
  f: Pick<HeadlineFigure, 'unit'>,
  v: number | null,
  currency: string,
  lang: Lang,
): string {
  switch (f.unit) {
    case 'ratio':
      return formatPercent(v, lang);
    case 'days':
      return formatDays(v, lang);
    case 'money':
      return formatMoney(v, currency, lang);
    case 'money-per-day':
      return v === null ? '—' : `${formatMoney(v, currency, lang)}/d`;
    case 'count':
      return v === null ? '—' : formatNumber(v, lang, 0);
  }
}

/** `2026-01-01 – 2026-01-31`: the period's first and last local day. */
export function formatPeriodDates(p: { start: number; end: number }, zone: TimeZone): string {
  return `${localIsoDate(p.start, zone)} – ${localIsoDate(p.end - 1, zone)}`;
}

/** Left column padded with dots so figures line up in a terminal. */
export function row(label: string, value: string, width = 52): string {
  const pad = Math.max(2, width - [...label].length);
  return `  ${label} ${'.'.repeat(pad - 1)} ${value}`;
}
