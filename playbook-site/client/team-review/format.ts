import { isShowableEpoch } from '../../../shared/model/time-range';
import type { Lang } from '../../../shared/process/stage-list';

/**
 * Dates of the team review in the reader's locale (their browser's, when it is
 * in the page's language: an American reader of the English page gets
 * month-first dates); its figures are written by shared/present/figures.ts.
 */
function locale(lang: Lang): string {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.find((l) => l.toLowerCase().split('-')[0] === lang) ?? (lang === 'es' ? 'es-ES' : 'en-GB');
}

export function formatDate(at: number, lang: Lang): string {
  if (!isShowableEpoch(at)) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium' }).format(at);
}

export function formatDateTime(at: number, lang: Lang): string {
  if (!isShowableEpoch(at)) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** A day written YYYY-MM-DD (a due date) in the reader's locale; as written when it is not a date. */
export function formatIsoDay(iso: string, lang: Lang): string {
  const at = Date.parse(`${iso}T12:00:00Z`);
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}
