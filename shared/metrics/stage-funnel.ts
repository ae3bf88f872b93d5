import { STAGE_IDS, type StageId } from '../process/stage-list';
import { inPeriod, type MetricsContext } from './context';
import { LOST } from './lead-histories';
import type { FunnelStage, StageFunnelFigure } from './types';

/**
 * How far the leads created in the period got, and where and why the leads
 * lost in the period dropped out. A stage a lead jumped over counts as reached
 * (it lies below the furthest stage), so skips never make a later stage look
 * bigger than an earlier one; the skips are counted on their own.
 */
export function stageFunnel(ctx: MetricsContext): StageFunnelFigure {
  const { h, period } = ctx;
  const reached = STAGE_IDS.map(() => 0);
  const skipped = STAGE_IDS.map(() => 0);
  const lostByStage = STAGE_IDS.map(() => 0);
  const reasons = new Map<string | null, number>();
  let cohort = 0;
  let skipLeads = 0;
  let skipMoves = 0;
  for (let i = 0; i < h.leads.length; i++) {
    if (inPeriod(period, h.createdAt[i] as number)) {
      cohort++;
      const max = h.maxReached[i] as number;
      for (let s = 0; s <= max; s++) reached[s] = (reached[s] as number) + 1;
      const ever = h.skippedEver[i] as number;
      if (ever !== 0) {
        skipLeads++;
        skipMoves += h.skipMoves[i] as number;
        for (let s = 0; s < STAGE_IDS.length; s++)
          if (ever & (1 << s)) skipped[s] = (skipped[s] as number) + 1;
      }
    }
    const closedAt = h.closedAt[i] as number;
    if (h.status[i] === LOST && closedAt >= period.start && closedAt < period.end) {
      const at = h.closedStage[i] as number;
      lostByStage[at] = (lostByStage[at] as number) + 1;
      const reason = h.lostReason[i]?.trim() || null;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  const stages: FunnelStage[] = STAGE_IDS.map((stage, s) => {
    const here = reached[s] as number;
    const next = reached[s + 1];
    return {
      stage,
      reached: here,
      movedOn: next === undefined || here === 0 ? null : next / here,
      skipped: skipped[s] as number,
    };
  });
  const lostReasons = [...reasons]
    .map(([reason, count]) => ({ reason, count }))
    // Most frequent first; "no reason" last among equals, since it tells the least.
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.reason === null ? 1 : b.reason === null ? -1 : a.reason.localeCompare(b.reason)),
    );
  return {
    cohort,
    stages,
    lostByStage: Object.fromEntries(STAGE_IDS.map((s, i) => [s, lostByStage[i]])) as Record<StageId, number>,
    lostReasons,
    skips: { leads: skipLeads, moves: skipMoves },
  };
}
