import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { MetricsContext } from './context';
import { DurationGroups } from './stats';
import type { PeriodTally } from './tally-counts';
import type { DurationFigure } from './types';

/** Created → won, in days, for deals won in the period. */
export function timeToCloseWon(t: PeriodTally): DurationFigure {
  return t.cycleWon;
}

/** First contact (creation) → closed won or lost, in days, for deals closed in the period. */
export function salesCycleLength(t: PeriodTally): DurationFigure {
  return t.cycle;
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
