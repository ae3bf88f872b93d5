import { keyedRecord } from '../model/keyed-record';
import { DAY_MS } from '../time/day';
import type { ResolvedPeriod } from './period';
import type { PeriodTally } from './tally-counts';
import type { LeadsBySourceFigure } from './types';

/** An average month: a year's days over twelve. */
const MONTH_DAYS = 365.2425 / 12;

/**
 * Leads a month on average over the period (its length in days over an average
 * month's), so a 90-day total is never read as one month's figure. Pure.
 */
export function leadsPerMonth(
  total: number,
  period: Pick<ResolvedPeriod, 'start' | 'end'>,
): {
  perMonth: number;
  months: number;
} {
  const months = Math.max(period.end - period.start, 0) / (MONTH_DAYS * DAY_MS);
  return { perMonth: months > 0 ? total / months : 0, months };
}

/** Turn per-source-index counts into a record keyed by source name, leaving out zeros. */
function countsBySource(sources: readonly string[], counts: ArrayLike<number>): Record<string, number> {
  const out = keyedRecord<number>();
  for (let s = 0; s < sources.length; s++)
    if ((counts[s] as number) > 0) out[sources[s] as string] = counts[s] as number;
  return out;
}

/** Leads created in the period, by source, in total and per (local) month the period touches. */
export function leadsBySource(sources: readonly string[], t: PeriodTally): LeadsBySourceFigure {
  const nSources = sources.length;
  const total = new Uint32Array(nSources);
  const months = t.periodMonths.map((b, m) => {
    const row = t.createdByMonth.subarray(m * nSources, (m + 1) * nSources);
    let sum = 0;
    for (let s = 0; s < nSources; s++) {
      sum += row[s] as number;
      total[s] = (total[s] as number) + (row[s] as number);
    }
    return { ...b, total: sum, bySource: countsBySource(sources, row) };
  });
  return {
    total: months.reduce((n, m) => n + m.total, 0),
    bySource: countsBySource(sources, total),
    months,
  };
}
