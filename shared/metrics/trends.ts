import { keyedRecord } from '../model/keyed-record';
import type { PeriodTally } from './tally-counts';
import type { TrendSeries } from './types';

/** Monthly series for the charts: win % and cycle length by month of closing, leads by month of creation and source. */
export function trends(sources: readonly string[], t: PeriodTally): TrendSeries {
  const months = t.trendMonths;
  const { trendWon: won, trendLost: lost, trendCreated: created } = t;
  const figures = t.trendCycles;
  // A series per source that has at least one lead in the window.
  const leadsBySource = keyedRecord<number[]>();
  sources.forEach((source, s) => {
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
