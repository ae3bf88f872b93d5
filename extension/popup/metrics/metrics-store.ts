import { signal } from '@preact/signals';
import { analyse } from '../../../shared/metrics/analyse';
import type { ResolvedPeriod } from '../../../shared/metrics/period';
import type { MetricsData } from '../../data/leads/metrics-input';
import { DEFAULT_CHOICE, type PeriodChoice } from './period-choice';

/** The period picked on the metrics screen; kept while the popup is open. */
export const periodChoice = signal<PeriodChoice>(DEFAULT_CHOICE);

type Analysis = ReturnType<typeof analyse>;

const memo = new WeakMap<MetricsData, Map<string, Analysis>>();

/**
 * Metrics and problems of the data for a period, computed once per (data,
 * period, now): redrawing the screen or going back to it costs nothing.
 * Only the last few periods are kept per data set.
 */
export function analysisFor(data: MetricsData, period: ResolvedPeriod, now: number): Analysis {
  let byKey = memo.get(data);
  if (!byKey) {
    byKey = new Map();
    memo.set(data, byKey);
  }
  const key = `${period.start}:${period.end}:${now}`;
  let found = byKey.get(key);
  if (!found) {
    found = analyse({ ...data, period, now });
    if (byKey.size >= 4) byKey.delete(byKey.keys().next().value as string);
    byKey.set(key, found);
  }
  return found;
}
