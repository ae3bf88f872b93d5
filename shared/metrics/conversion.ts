import { DAY_MS } from '../time/day';
import { inPeriod, type MetricsContext } from './context';
import { LOST, OPEN, stageIndexOf, WON } from './lead-histories';
import { DurationList, rate } from './stats';
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
 * time has passed since the period's end than leads usually take to become opportunities.
 */
export function leadToOpportunity(ctx: MetricsContext): MaturingRate {
  const { h, period } = ctx;
  const opp = stageIndexOf(ctx.process.opportunityStage);
  let cohort = 0;
  let reached = 0;
  let stillOpen = 0;
  const toOpportunity = new DurationList(h.leads.length);
  for (let i = 0; i < h.leads.length; i++) {
    const created = h.createdAt[i] as number;
    const oppAt = h.opportunityAt[i] as number;
    if (!Number.isNaN(oppAt)) toOpportunity.push(Math.max(0, oppAt - created) / DAY_MS);
    if (!inPeriod(period, created)) continue;
    cohort++;
    if ((h.maxReached[i] as number) >= opp) reached++;
    else if (h.status[i] === OPEN) stillOpen++;
  }
  return { ...rate(reached, cohort), ...maturity(ctx, toOpportunity.figure().medianDays), stillOpen };
}

/** Of the opportunities opened in the period, the share won (by their latest status). */
export function opportunityWinRate(ctx: MetricsContext): MaturingRate & { won: number; lost: number } {
  const { h, period } = ctx;
  let opened = 0;
  let won = 0;
  let lost = 0;
  const toClose = new DurationList(h.leads.length);
  for (let i = 0; i < h.leads.length; i++) {
    const oppAt = h.opportunityAt[i] as number;
    if (Number.isNaN(oppAt)) continue;
    const closedAt = h.closedAt[i] as number;
    if (!Number.isNaN(closedAt)) toClose.push(Math.max(0, closedAt - oppAt) / DAY_MS);
    if (!inPeriod(period, oppAt)) continue;
    opened++;
    if (h.status[i] === WON) won++;
    else if (h.status[i] === LOST) lost++;
  }
  return {
    ...rate(won, opened),
    ...maturity(ctx, toClose.figure().medianDays),
    stillOpen: opened - won - lost,
    won,
    lost,
  };
}

/** Won ÷ (won + lost) among leads that closed in the period; open ones are left out. */
export function winPercentage(ctx: MetricsContext): WinPercentageFigure {
  const { h, period } = ctx;
  let won = 0;
  let lost = 0;
  for (let i = 0; i < h.leads.length; i++) {
    const closedAt = h.closedAt[i] as number;
    if (!(closedAt >= period.start && closedAt < period.end)) continue;
    if (h.status[i] === WON) won++;
    else lost++;
  }
  return { ...rate(won, won + lost), won, lost };
}
