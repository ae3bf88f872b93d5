import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { MetricsContext } from './context';
import { OPEN, stageIndexOf } from './lead-histories';
import type { OpenOpportunitiesFigure } from './types';

/**
 * Open leads at or past the opportunity stage right now, with their value and
 * their value weighted by the current stage's win probability.
 */
export function openOpportunities(ctx: MetricsContext): OpenOpportunitiesFigure {
  const { h, currency } = ctx;
  const opp = stageIndexOf(ctx.process.opportunityStage);
  const probability = STAGE_IDS.map((s) => ctx.process.winProbability[s]);
  const byStage = STAGE_IDS.map(() => ({ count: 0, value: 0, weightedValue: 0 }));
  const otherCurrencies: OpenOpportunitiesFigure['otherCurrencies'] = {};
  let count = 0;
  let withoutValue = 0;
  for (let i = 0; i < h.leads.length; i++) {
    const s = h.stage[i] as number;
    if (h.status[i] !== OPEN || s < opp) continue;
    const lead = h.leads[i] as { value?: number; currency: string };
    const bucket = byStage[s] as (typeof byStage)[number];
    count++;
    bucket.count++;
    if (lead.value === undefined) withoutValue++;
    else if (lead.currency === currency) {
      bucket.value += lead.value;
      bucket.weightedValue += lead.value * (probability[s] as number);
    } else {
      const other = otherCurrencies[lead.currency] ?? { count: 0, value: 0 };
      other.count++;
      other.value += lead.value;
      otherCurrencies[lead.currency] = other;
    }
  }
  let totalValue = 0;
  let weightedValue = 0;
  for (const b of byStage) {
    totalValue += b.value;
    weightedValue += b.weightedValue;
  }
  return {
    count,
    totalValue,
    weightedValue,
    currency,
    withoutValue,
    otherCurrencies,
    byStage: Object.fromEntries(STAGE_IDS.map((s, i) => [s, byStage[i]])) as Record<
      StageId,
      (typeof byStage)[number]
    >,
  };
}
