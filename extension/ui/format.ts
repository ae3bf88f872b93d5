import { isShowableEpoch, MAX_YEAR, MIN_YEAR } from '../../shared/model/time-range';
import { remembered } from '../../shared/present/format-memo';
import { formatMoney } from '../../shared/present/numbers';
import type { Lang } from '../../shared/process/stage-list';

/**
 * Date formatting and money sums for the popup (single figures come from
 * shared/present/figures.ts, as on every surface). Pure (the language is an
 * argument) so screens and tests agree; formatters are cached because
 * building an Intl object costs more than formatting with it.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** Sums per currency, the default currency first: amounts in different currencies are never added. */
export function formatMoneyByCurrency(sums: Record<string, number>, first: string, lang: Lang): string {
  // Codes are three capital letters: plain comparison orders them as `localeCompare` did, without
  // loading ICU's collation data on the popup's first frame (format-memo.ts says what that costs).
  const codes = Object.keys(sums).sort((a, b) =>
    a === first ? -1 : b === first ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  if (codes.length === 0) return formatMoney(0, first, lang);
  return codes.map((c) => formatMoney(sums[c] ?? 0, c, lang)).join(' + ');
}

/** Today as YYYY-MM-DD in the rep's own time zone: what a due date is compared with. */
export function localIsoDate(now: number): string {
  if (!isShowableEpoch(now)) return '';
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A calendar date (YYYY-MM-DD) as "3 Dec" / "3 dic"; the year only when it is not this year's. */
export function formatDay(iso: string, lang: Lang, now: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || y < MIN_YEAR || y > MAX_YEAR) return iso;
  const sameYear = y === new Date(now).getFullYear();
  return remembered(`d|${lang}|${iso}|${sameYear}`, () =>
    dayFormat(lang, sameYear).format(Date.UTC(y, m - 1, d)),
  );
}

function dayFormat(lang: Lang, sameYear: boolean): Intl.DateTimeFormat {
  return cached(`d:${lang}:${sameYear}`, () =>
    Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
      ...(sameYear ? {} : { year: 'numeric' }),
    }),
  );
}

/** What a screen shows for a time it cannot (stored before times were bounded): never a thrown RangeError. */
const NO_TIME = '—';

/** A moment as date and time, for history lists. */
export function formatDateTime(at: number, lang: Lang): string {
  if (!isShowableEpoch(at)) return NO_TIME;
  return cached(`dt:${lang}`, () =>
    Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(at);
}
