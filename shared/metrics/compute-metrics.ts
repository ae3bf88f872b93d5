import { type MetricsContext, metricsContext } from './context';
import { leadToOpportunity, opportunityWinRate, winPercentage } from './conversion';
import { salesCycleLength, timeInStage, timeToCloseWon } from './durations';
import type { LeadHistories } from './lead-histories';
import { leadsBySource } from './leads-by-source';
import { openOpportunities } from './open-opportunities';
import { tallyPeriod } from './period-tally';
import { pipelineVelocity } from './pipeline-velocity';
import { stageFunnel } from './stage-funnel';
import { trends } from './trends';
import type { MetricsInput, MetricsReport } from './types';
import { whyBuy } from './why-buy';

/** Every metric for one period, as plain data. */
export function computeMetrics(input: MetricsInput, histories?: LeadHistories): MetricsReport {
  return metricsFromContext(metricsContext(input, histories));
}

function metricsFromContext(ctx: MetricsContext): MetricsReport {
  // One walk over the leads counts for every per-lead metric; the functions below shape figures from it.
  const t = tallyPeriod(ctx);
  const win = winPercentage(t);
  const cycle = salesCycleLength(t);
  const open = openOpportunities(ctx.currency, t);
  return {
    period: ctx.period,
    now: ctx.now,
    currency: ctx.currency,
    leadsBySource: leadsBySource(ctx.h.sources, t),
    leadToOpportunity: leadToOpportunity(ctx, t),
    opportunityWinRate: opportunityWinRate(ctx, t),
    winPercentage: win,
    timeToCloseWon: timeToCloseWon(t),
    salesCycleLength: cycle,
    openOpportunities: open,
    stageFunnel: stageFunnel(t),
    timeInStage: timeInStage(ctx),
    pipelineVelocity: pipelineVelocity(ctx.currency, t, {
      openOpportunities: open.count,
      winRate: win.rate,
      cycleDays: cycle.meanDays,
    }),
    trends: trends(ctx.h.sources, t),
    whyBuy: whyBuy(t),
  };
}
