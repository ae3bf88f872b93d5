import { DAY_MS } from '../time/day';
import type { MetricsContext } from './context';
import { rate } from './stats';
import type { PeriodTally } from './tally-counts';
import type { MaturingRate, WinPercentageFigure } from './types';

/** A cohort counts as maturing for at least this long after its period ends. */
const MIN_MATURITY_DAYS = 30;
const MAX_MATURITY_DAYS = 365;

function maturity(
  ctx: MetricsContext,
  typicalDays: number | null,
): { maturing: boolean; maturityDays: number } {
  const maturityDays = Math.round(Math.min(MAX_MATURITY_DAYS, Math.max(MIN_MATURITY_DAYS, typicalDays ?? 0)));
  return { maturityDays, maturing: ctx.now - ctx.period.end < maturityDays * DAY_MS };
}

/**
 * Of the leads created in the period, the share that reached the opportunity
 * stage (or later; a skip past it counts). The cohort is "maturing" while less
 * time has passed since the period's end than leads usually take to become
 * opportunities (the median over every lead that became one).
 */
export function leadToOpportunity(ctx: MetricsContext, t: PeriodTally): MaturingRate {
  return {
    ...rate(t.reachedOpportunity, t.cohort),
    ...maturity(ctx, t.toOpportunity.medianDays),
    stillOpen: t.stillOpenBelow,
  };
}

/** Of the opportunities opened in the period, the share won (by their latest status). */
export function opportunityWinRate(
  ctx: MetricsContext,
  t: PeriodTally,
): MaturingRate & { won: number; lost: number } {
  return {
    ...rate(t.openedWon, t.opened),
    ...maturity(ctx, t.toClose.medianDays),
    stillOpen: t.opened - t.openedWon - t.openedLost,
    won: t.openedWon,
    lost: t.openedLost,
  };
}

/** Won ÷ (won + lost) among leads that closed in the period; open ones are left out. */
export function winPercentage(t: PeriodTally): WinPercentageFigure {
  return { ...rate(t.won, t.won + t.lost), won: t.won, lost: t.lost };
}
