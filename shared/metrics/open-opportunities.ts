import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { PeriodTally } from './tally-counts';
import type { OpenOpportunitiesFigure } from './types';

/**
 * Open leads at or past the opportunity stage right now, with their value and
 * their value weighted by the current stage's win probability.
 */
export function openOpportunities(currency: string, t: PeriodTally): OpenOpportunitiesFigure {
  let count = 0;
  let totalValue = 0;
  let weightedValue = 0;
  for (const b of t.open) {
    count += b.count;
    totalValue += b.value;
    weightedValue += b.weightedValue;
  }
  return {
    count,
    totalValue,
    weightedValue,
    currency,
    withoutValue: t.openWithoutValue,
    otherCurrencies: t.otherCurrencies,
    byStage: Object.fromEntries(STAGE_IDS.map((s, i) => [s, t.open[i]])) as Record<
      StageId,
      OpenOpportunitiesFigure['byStage'][StageId]
    >,
  };
}
