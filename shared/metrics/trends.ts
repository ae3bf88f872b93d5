import { keyedRecord } from '../model/keyed-record';
import { DAY_MS } from '../time/day';
import { bucketOf, type MetricsContext } from './context';
import { WON } from './lead-histories';
import { DurationGroups } from './stats';
import { localDate, monthKey, startOfLocalDay } from './time-zone';
import type { MonthBucket, TrendSeries } from './types';

/** The `count` local months ending with the month that holds the period's last instant. */
function trendMonths(ctx: MetricsContext): MonthBucket[] {
  const { year, month } = localDate(ctx.period.end - 1, ctx.zone);
  const buckets: MonthBucket[] = [];
  for (let m = ctx.trendMonths - 1; m >= 0; m--) {
    const start = startOfLocalDay(year, month - m, 1, ctx.zone);
    const end = startOfLocalDay(year, month - m + 1, 1, ctx.zone);
    buckets.push({ month: monthKey(start, ctx.zone), start, end });
  }
  return buckets;
}

/** Monthly series for the charts: win % and cycle length by month of closing, leads by month of creation and source. */
export function trends(ctx: MetricsContext): TrendSeries {
  const months = trendMonths(ctx);
  const starts = months.map((m) => m.start);
  const end = (months[months.length - 1] as MonthBucket).end;
  const won = months.map(() => 0);
  const lost = months.map(() => 0);
  const { h } = ctx;
  const cycles = new DurationGroups(months.length, h.leads.length);
  const nSources = h.sources.length;
  const created = new Uint32Array(nSources * months.length);
  for (let i = 0; i < h.leads.length; i++) {
    const createdAt = h.createdAt[i] as number;
    const c = bucketOf(starts, end, createdAt);
    if (c >= 0) {
      const at = (h.source[i] as number) * months.length + c;
      created[at] = (created[at] as number) + 1;
    }
    const closedAt = h.closedAt[i] as number;
    const m = !Number.isNaN(closedAt) ? bucketOf(starts, end, closedAt) : -1;
    if (m < 0) continue;
    if (h.status[i] === WON) won[m] = (won[m] as number) + 1;
    else lost[m] = (lost[m] as number) + 1;
    cycles.push(m, Math.max(0, closedAt - createdAt) / DAY_MS);
  }
  const figures = cycles.figures();
  // A series per source that has at least one lead in the window.
  const leadsBySource = keyedRecord<number[]>();
  h.sources.forEach((source, s) => {
    const series = Array.from(created.subarray(s * months.length, (s + 1) * months.length));
    if (series.some((n) => n > 0)) leadsBySource[source] = series;
  });
  return {
    months,
    winRate: months.map((_, m) => {
      const closed = (won[m] as number) + (lost[m] as number);
      return closed > 0 ? (won[m] as number) / closed : null;
    }),
    won,
    lost,
    cycleMeanDays: figures.map((f) => f.meanDays),
    cycleMedianDays: figures.map((f) => f.medianDays),
    leadsBySource,
  };
}
