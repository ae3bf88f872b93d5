import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { PeriodTally } from './tally-counts';
import type { FunnelStage, StageFunnelFigure } from './types';

/**
 * How far the leads created in the period got, and where and why the leads
 * lost in the period dropped out. A stage a lead jumped over counts as reached
 * (it lies below the furthest stage), so skips never make a later stage look
 * bigger than an earlier one; the skips are counted on their own.
 */
export function stageFunnel(t: PeriodTally): StageFunnelFigure {
  const { reached, skipped } = t;
  const lostByStage = t.lostReasons.map((reasons) => {
    let n = 0;
    for (const count of reasons.values()) n += count;
    return n;
  });
  const reasons = new Map<string | null, number>();
  for (const atStage of t.lostReasons)
    for (const [reason, count] of atStage) reasons.set(reason, (reasons.get(reason) ?? 0) + count);
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
    cohort: t.cohort,
    stages,
    lostByStage: Object.fromEntries(STAGE_IDS.map((s, i) => [s, lostByStage[i]])) as Record<StageId, number>,
    lostReasons,
    skips: { leads: t.skipLeads, moves: t.skipMoves },
  };
}
