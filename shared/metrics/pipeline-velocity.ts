import type { PeriodTally } from './tally-counts';
import type { PipelineVelocityFigure } from './types';

/**
 * Open opportunities × average won value × win rate ÷ sales-cycle length (mean
 * days): roughly how much money the pipeline turns into per day. The average
 * won value is that of the deals won in the period with a value in the report currency.
 */
export function pipelineVelocity(
  currency: string,
  t: PeriodTally,
  parts: { openOpportunities: number; winRate: number | null; cycleDays: number | null },
): PipelineVelocityFigure {
  const { openOpportunities: open, winRate, cycleDays } = parts;
  const avg = t.wonWithValue > 0 ? t.wonValue / t.wonWithValue : null;
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
    currency,
  };
}
