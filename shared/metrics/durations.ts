import { STAGE_IDS, type StageId } from '../process/stage-list';
import { DAY_MS } from '../time/day';
import type { MetricsContext } from './context';
import { WON } from './lead-histories';
import { DurationGroups, DurationList } from './stats';
import type { DurationFigure } from './types';

/** Days from creation to the close, for leads that closed in the period; `wonOnly` keeps just the wins. */
function cycles(ctx: MetricsContext, wonOnly: boolean): DurationFigure {
  const { h, period } = ctx;
  const list = new DurationList(h.leads.length);
  for (let i = 0; i < h.leads.length; i++) {
    const closedAt = h.closedAt[i] as number;
    if (!(closedAt >= period.start && closedAt < period.end)) continue;
    if (wonOnly && h.status[i] !== WON) continue;
    const created = h.createdAt[i] as number;
    list.push(Math.max(0, closedAt - created) / DAY_MS);
  }
  return list.figure();
}

/** Created → won, in days, for deals won in the period. */
export function timeToCloseWon(ctx: MetricsContext): DurationFigure {
  return cycles(ctx, true);
}

/** First contact (creation) → closed won or lost, in days, for deals closed in the period. */
export function salesCycleLength(ctx: MetricsContext): DurationFigure {
  return cycles(ctx, false);
}

/**
 * Days spent in each stage while open, from the stage events: a stay counts
 * when it ended (a move or a close) inside the period. Stays still running are
 * left out, since their length is not known yet.
 */
export function timeInStage(ctx: MetricsContext): Record<StageId, DurationFigure> {
  const { stays } = ctx.h;
  const { start, end } = ctx.period;
  const groups = new DurationGroups(STAGE_IDS.length, stays.count);
  for (let c = 0; c < stays.count; c++) {
    const t = stays.end[c] as number;
    if (t >= start && t < end) groups.push(stays.stage[c] as number, stays.days[c] as number);
  }
  const figures = groups.figures();
  return Object.fromEntries(STAGE_IDS.map((s, i) => [s, figures[i]])) as Record<StageId, DurationFigure>;
}
