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
 * For each of times[0..n), the index of the bucket holding it, written to
 * out[at + i]: buckets given by sorted starts and the end of the last one; -1
 * outside (NaN too). Buckets are months, about equally long: the index is
 * guessed from the average width and moved to the right bucket, usually zero or
 * one step, where a binary search took four or five hard-to-predict steps. One
 * call per column, not per instant: in an extension page V8 runs this code
 * without its optimising compiler, and an instant passed to a call is boxed.
 */
export function bucketsOf(
  starts: readonly number[],
  end: number,
  times: Float64Array,
  n: number,
  out: Int32Array,
  at: number,
): void {
  const first = starts[0] as number;
  const last = starts.length - 1;
  const scale = starts.length / (end - first);
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (!(t >= first) || t >= end) {
      out[at + i] = -1;
      continue;
    }
    let m = Math.min(last, Math.floor((t - first) * scale));
    while ((starts[m] as number) > t) m--;
    while (m < last && (starts[m + 1] as number) <= t) m++;
    out[at + i] = m;
  }
}
