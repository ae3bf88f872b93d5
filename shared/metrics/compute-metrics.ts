import { type MetricsContext, metricsContext } from './context';
import { leadToOpportunity, opportunityWinRate, winPercentage } from './conversion';
import { salesCycleLength, timeInStage, timeToCloseWon } from './durations';
import type { LeadHistories } from './lead-histories';
import { leadsBySource } from './leads-by-source';
import { openOpportunities } from './open-opportunities';
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
  const win = winPercentage(ctx);
  const cycle = salesCycleLength(ctx);
  const open = openOpportunities(ctx);
  return {
    period: ctx.period,
    now: ctx.now,
    currency: ctx.currency,
    leadsBySource: leadsBySource(ctx),
    leadToOpportunity: leadToOpportunity(ctx),
    opportunityWinRate: opportunityWinRate(ctx),
    winPercentage: win,
    timeToCloseWon: timeToCloseWon(ctx),
    salesCycleLength: cycle,
    openOpportunities: open,
    stageFunnel: stageFunnel(ctx),
    timeInStage: timeInStage(ctx),
    pipelineVelocity: pipelineVelocity(ctx, {
      openOpportunities: open.count,
      winRate: win.rate,
      cycleDays: cycle.meanDays,
    }),
    trends: trends(ctx),
    whyBuy: whyBuy(ctx),
  };
}
