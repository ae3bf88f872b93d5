import { type ResolvedProcess, resolveProcess } from '../process/resolve-settings';
import { buildLeadHistories, type LeadHistories } from './lead-histories';
import type { ResolvedPeriod } from './period';
import type { TimeZone } from './time-zone';
import type { MetricsInput } from './types';

/** Everything a metric function reads: the replayed histories plus the resolved settings and clock. */
export interface MetricsContext {
  h: LeadHistories;
  process: ResolvedProcess;
  period: ResolvedPeriod;
  now: number;
  zone: TimeZone;
  /** Money figures add values in this currency only. */
  currency: string;
  trendMonths: number;
}

/** Build the context once; pass `histories` to reuse a replay already done for the same leads and events. */
export function metricsContext(input: MetricsInput, histories?: LeadHistories): MetricsContext {
  const process = resolveProcess(input.settings);
  return {
    h: histories ?? buildLeadHistories(input.leads, input.events, process.opportunityStage),
    process,
    period: input.period,
    now: input.now,
    zone: input.zone ?? input.period.zone,
    currency: input.settings.defaultCurrency,
    trendMonths: Math.max(1, Math.min(120, Math.floor(input.trendMonths ?? 12))),
  };
}

export const inPeriod = (p: ResolvedPeriod, t: number): boolean => t >= p.start && t < p.end;

/** Index of the bucket holding `t` given sorted bucket starts and the end of the last bucket; -1 outside. */
export function bucketOf(starts: readonly number[], end: number, t: number): number {
  if (!(t >= (starts[0] as number)) || t >= end) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
