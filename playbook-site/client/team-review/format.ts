import { isShowableEpoch } from '../../../shared/model/time-range';
import type { Lang } from '../../../shared/process/stage-list';

/** Dates of the team review; its figures are written by shared/present/figures.ts, as everywhere else. */
const locale = (lang: Lang) => (lang === 'es' ? 'es-ES' : 'en-GB');

export function formatDate(at: number, lang: Lang): string {
  if (!isShowableEpoch(at)) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium' }).format(at);
}
