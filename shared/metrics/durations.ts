import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { MetricsContext } from './context';
import { borrowFloat64, borrowUint8, giveBack } from './scratch';
import { groupFigures } from './stats';
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
  // The period's stays copied straight into two columns: a call per stay would box its length.
  const days = borrowFloat64(stays.count);
  const stage = borrowUint8(stays.count);
  let n = 0;
  for (let c = 0; c < stays.count; c++) {
    const t = stays.end[c] as number;
    if (t >= start && t < end) {
      days[n] = stays.days[c] as number;
      stage[n++] = stays.stage[c] as number;
    }
  }
  const figures = groupFigures(STAGE_IDS.length, days, stage, n);
  giveBack(days);
  giveBack(stage);
  return Object.fromEntries(STAGE_IDS.map((s, i) => [s, figures[i]])) as Record<StageId, DurationFigure>;
}
