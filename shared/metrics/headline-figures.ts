import type { MetricId } from './definitions';
import type { MetricsReport } from './types';

/** A single number a review records and compares; `key` is the metric id, with a suffix for secondary figures. */
export interface HeadlineFigure {
  key: string;
  metric: MetricId;
  unit: 'count' | 'ratio' | 'days' | 'money' | 'money-per-day';
  /** Which part of the metric, for labels: empty for the main figure. */
  part: '' | 'mean' | 'median' | 'value' | 'weighted';
  pick: (r: MetricsReport) => number | null;
}

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  {
    key: 'leads-by-source',
    metric: 'leads-by-source',
    unit: 'count',
    part: '',
    pick: (r) => r.leadsBySource.total,
  },
  {
    key: 'lead-to-opportunity',
    metric: 'lead-to-opportunity',
    unit: 'ratio',
    part: '',
    pick: (r) => r.leadToOpportunity.rate,
  },
  {
    key: 'opportunity-win-rate',
    metric: 'opportunity-win-rate',
    unit: 'ratio',
    part: '',
    pick: (r) => r.opportunityWinRate.rate,
  },
  {
    key: 'win-percentage',
    metric: 'win-percentage',
    unit: 'ratio',
    part: '',
    pick: (r) => r.winPercentage.rate,
  },
  {
    key: 'time-to-close-won',
    metric: 'time-to-close-won',
    unit: 'days',
    part: 'median',
    pick: (r) => r.timeToCloseWon.medianDays,
  },
  {
    key: 'time-to-close-won.mean',
    metric: 'time-to-close-won',
    unit: 'days',
    part: 'mean',
    pick: (r) => r.timeToCloseWon.meanDays,
  },
  {
    key: 'sales-cycle-length',
    metric: 'sales-cycle-length',
    unit: 'days',
    part: 'median',
    pick: (r) => r.salesCycleLength.medianDays,
  },
  {
    key: 'sales-cycle-length.mean',
    metric: 'sales-cycle-length',
    unit: 'days',
    part: 'mean',
    pick: (r) => r.salesCycleLength.meanDays,
  },
  {
    key: 'open-opportunities',
    metric: 'open-opportunities',
    unit: 'count',
    part: '',
    pick: (r) => r.openOpportunities.count,
  },
  {
    key: 'open-opportunities.value',
    metric: 'open-opportunities',
    unit: 'money',
    part: 'value',
    pick: (r) => r.openOpportunities.totalValue,
  },
  {
    key: 'open-opportunities.weighted',
    metric: 'open-opportunities',
    unit: 'money',
    part: 'weighted',
    pick: (r) => r.openOpportunities.weightedValue,
  },
  {
    key: 'pipeline-velocity',
    metric: 'pipeline-velocity',
    unit: 'money-per-day',
    part: '',
    pick: (r) => r.pipelineVelocity.valuePerDay,
  },
];
