import type { MetricsContext } from './context';
import { winPercentage } from './conversion';
import { salesCycleLength } from './durations';
import { WON } from './lead-histories';
import { openOpportunities } from './open-opportunities';
import type { PipelineVelocityFigure } from './types';

/** Mean value of the deals won in the period that have a value in the report currency. */
function averageWonValue(ctx: MetricsContext): number | null {
  const { h, period, currency } = ctx;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < h.leads.length; i++) {
    const closedAt = h.closedAt[i] as number;
    if (h.status[i] !== WON || !(closedAt >= period.start && closedAt < period.end)) continue;
    const lead = h.leads[i] as { value?: number; currency: string };
    if (lead.value === undefined || lead.currency !== currency) continue;
    sum += lead.value;
    n++;
  }
  return n > 0 ? sum / n : null;
}

/**
 * Open opportunities × average won value × win rate ÷ sales-cycle length (mean
 * days): roughly how much money the pipeline turns into per day. Pass already
 * computed parts to avoid computing them twice.
 */
export function pipelineVelocity(
  ctx: MetricsContext,
  parts?: { openOpportunities: number; winRate: number | null; cycleDays: number | null },
): PipelineVelocityFigure {
  const open = parts?.openOpportunities ?? openOpportunities(ctx).count;
  const winRate = parts ? parts.winRate : winPercentage(ctx).rate;
  const cycleDays = parts ? parts.cycleDays : salesCycleLength(ctx).meanDays;
  const avg = averageWonValue(ctx);
  const valuePerDay =
    avg === null || winRate === null || cycleDays === null || cycleDays <= 0
      ? null
      : (open * avg * winRate) / cycleDays;
  return {
    valuePerDay,
    openOpportunities: open,
    averageWonValue: avg,
    winRate,
    cycleDays,
    currency: ctx.currency,
  };
}
