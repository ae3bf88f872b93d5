import { keyedRecord } from '../model/keyed-record';
import { DAY_MS } from '../time/day';
import { bucketOf, inPeriod, type MetricsContext } from './context';
import type { ResolvedPeriod } from './period';
import { monthKey, monthStartsBetween } from './time-zone';
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
export function leadsBySource(ctx: MetricsContext): LeadsBySourceFigure {
  const { period, zone, h } = ctx;
  const starts = monthStartsBetween(period.start, period.end, zone);
  // Clip the calendar months to the period so partial months only count what lies inside.
  const buckets: { month: string; start: number; end: number }[] = [];
  for (let m = 0; m + 1 < starts.length; m++) {
    const start = Math.max(starts[m] as number, period.start);
    const end = Math.min(starts[m + 1] as number, period.end);
    if (end > start) buckets.push({ month: monthKey(start, zone), start, end });
  }
  const bucketStarts = buckets.map((b) => b.start);
  const nSources = h.sources.length;
  // One flat counter per (month, source): no string-keyed writes inside the loop.
  const counts = new Uint32Array(buckets.length * nSources);
  for (let i = 0; i < h.leads.length; i++) {
    const created = h.createdAt[i] as number;
    if (!inPeriod(period, created)) continue;
    const m = bucketOf(bucketStarts, period.end, created);
    const at = m * nSources + (h.source[i] as number);
    counts[at] = (counts[at] as number) + 1;
  }
  const total = new Uint32Array(nSources);
  const months = buckets.map((b, m) => {
    const row = counts.subarray(m * nSources, (m + 1) * nSources);
    let sum = 0;
    for (let s = 0; s < nSources; s++) {
      sum += row[s] as number;
      total[s] = (total[s] as number) + (row[s] as number);
    }
    return { ...b, total: sum, bySource: countsBySource(h.sources, row) };
  });
  return {
    total: months.reduce((n, m) => n + m.total, 0),
    bySource: countsBySource(h.sources, total),
    months,
  };
}
