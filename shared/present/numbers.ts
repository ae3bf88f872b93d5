import type { Lang } from '../process/stage-list';
import { remembered } from './format-memo';

/**
 * Counts and money, the part of the presenter (figures.ts) that the popup's
 * first paint needs: kept apart so the pipeline list does not load the rest.
 */
/** The sign for a figure that could not be computed (nothing was counted). */
export const NO_VALUE = '—';

const cache = new Map<string, Intl.NumberFormat>();
export function nf(lang: Lang, key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(`${lang}:${key}`);
  if (!f) {
    // Building an Intl object costs more than formatting with it.
    f = new Intl.NumberFormat(lang, opts);
    cache.set(`${lang}:${key}`, f);
  }
  return f;
}

export const missing = (v: number | null): v is null => v === null || !Number.isFinite(v);
export const digitsFor = (size: number) => (Math.abs(size) < 10 && size !== 0 ? 1 : 0);

export function formatCount(n: number | null, lang: Lang): string {
  if (missing(n)) return NO_VALUE;
  return remembered(`n|${lang}|${n}`, () => nf(lang, 'n', { maximumFractionDigits: 0 }).format(n));
}

/** A currency code from a backup passed the schema's /^[A-Z]{3}$/, but Intl may still not know it. */
export function formatMoney(value: number | null, currency: string, lang: Lang): string {
  if (missing(value)) return NO_VALUE;
  return remembered(`m|${lang}|${currency}|${value}`, () => {
    try {
      return nf(lang, `m:${currency}`, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        value,
      );
    } catch {
      return `${formatCount(value, lang)} ${currency}`;
    }
  });
}
