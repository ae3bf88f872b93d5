import type { MetricsContext } from './context';
import { localDate, monthKey, monthStartsBetween, startOfLocalDay } from './time-zone';
import type { MonthBucket } from './types';

/** The local calendar months the period touches, clipped to it, so partial months only count what lies inside. */
export function periodMonths(ctx: Pick<MetricsContext, 'period' | 'zone'>): MonthBucket[] {
  const { period, zone } = ctx;
  const starts = monthStartsBetween(period.start, period.end, zone);
  const buckets: MonthBucket[] = [];
  for (let m = 0; m + 1 < starts.length; m++) {
    const start = Math.max(starts[m] as number, period.start);
    const end = Math.min(starts[m + 1] as number, period.end);
    if (end > start) buckets.push({ month: monthKey(start, zone), start, end });
  }
  return buckets;
}

/** The trend window: `ctx.trendMonths` whole local months ending with the month that holds the period's last instant. */
export function trendMonths(ctx: Pick<MetricsContext, 'period' | 'zone' | 'trendMonths'>): MonthBucket[] {
  const { year, month } = localDate(ctx.period.end - 1, ctx.zone);
  const buckets: MonthBucket[] = [];
  for (let m = ctx.trendMonths - 1; m >= 0; m--) {
    const start = startOfLocalDay(year, month - m, 1, ctx.zone);
    const end = startOfLocalDay(year, month - m + 1, 1, ctx.zone);
    buckets.push({ month: monthKey(start, ctx.zone), start, end });
  }
  return buckets;
}
