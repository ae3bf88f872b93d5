import { isShowableEpoch } from '../../../shared/model/time-range';
import type { Lang } from '../../../shared/process/stage-list';

/** Dates of the team review; its figures are written by shared/present/figures.ts, as everywhere else. */
const locale = (lang: Lang) => (lang === 'es' ? 'es-ES' : 'en-GB');

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

/** Axis labels: "Jan 26" style, short enough for twelve months in a row. */
export function formatMonthShort(key: string, lang: Lang): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return new Intl.DateTimeFormat(locale(lang), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 15),
  );
}
