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

/**
 * Index of the bucket holding `t` given sorted bucket starts and the end of the
 * last bucket; -1 outside. Buckets are months, about equally long: the index is
 * guessed from the average width and moved to the right bucket, usually zero or
 * one step, where a binary search took four or five hard-to-predict steps for
 * each of ~300,000 look-ups per analysis.
 */
export function bucketOf(starts: readonly number[], end: number, t: number): number {
  const first = starts[0] as number;
  if (!(t >= first) || t >= end) return -1;
  const last = starts.length - 1;
  let m = Math.min(last, Math.floor(((t - first) * starts.length) / (end - first)));
  while ((starts[m] as number) > t) m--;
  while (m < last && (starts[m + 1] as number) <= t) m++;
  return m;
}
