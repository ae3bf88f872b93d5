import { isShowableEpoch } from '../../../shared/model/time-range';
import type { Lang } from '../../../shared/process/stage-list';

const locale = (lang: Lang) => (lang === 'es' ? 'es-ES' : 'en-GB');

export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(n);
}

export function formatPercent(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** A currency code from a backup passed the schema's /^[A-Z]{3}$/, but Intl may still not know it. */
function formatMoney(n: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(locale(lang), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(n);
  } catch {
    return `${formatNumber(n, lang)} ${currency}`;
  }
}

export function formatDate(at: number, lang: Lang): string {
  if (!isShowableEpoch(at)) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium' }).format(at);
}

/** `2025-03` → "Mar 2025" / "mar 2025". */
export function formatMonth(key: string, lang: Lang): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return new Intl.DateTimeFormat(locale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 15),
  );
}

type Unit = 'count' | 'ratio' | 'days' | 'money' | 'money-per-day';

export function formatFigure(value: number | null, unit: Unit, currency: string, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ratio':
      return formatPercent(value, lang);
    case 'days':
      return `${formatNumber(value, lang, 1)} ${lang === 'es' ? 'días' : 'days'}`;
    case 'money':
      return formatMoney(value, currency, lang);
    case 'money-per-day':
      return `${formatMoney(value, currency, lang)} / ${lang === 'es' ? 'día' : 'day'}`;
    default:
      return formatNumber(value, lang);
  }
}

/** Axis labels: "Jan 26" style, short enough for twelve months in a row. */
export function formatMonthShort(key: string, lang: Lang): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return new Intl.DateTimeFormat(locale(lang), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 15),
  );
}
