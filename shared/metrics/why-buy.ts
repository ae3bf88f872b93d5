import { STAGE_IDS, type StageId } from '../process/stage-list';
import { rate } from './stats';
import type { PeriodTally } from './tally-counts';
import type { RateFigure } from './types';

/** One pain point among the opportunities opened in the period. */
interface PainPointRow {
  id: string;
  /** Opportunities opened in the period with this pain point picked. */
  opportunities: number;
  won: number;
  lost: number;
  /** won ÷ opportunities, as "Opportunity → won conversion" counts it (open deals stay in the denominator). */
  winRate: RateFigure;
}

/** One decision helper in the deals closed in the period. */
interface DecisionHelperRow {
  id: string;
  /** Won deals with it picked ÷ all won deals. */
  won: RateFigure;
  /** Lost deals with it picked ÷ all lost deals. */
  lost: RateFigure;
}

interface LostAtStage {
  stage: StageId;
  lost: number;
  /** This stage's losses ÷ all losses of the period. */
  share: number;
  /** Most frequent first; no reason = null, last among equals. */
  reasons: { reason: string | null; count: number }[];
}

export interface WhyBuyFigure {
  painPoints: {
    /** Opportunities opened in the period (the cohort of "Opportunity → won conversion"). */
    opportunities: number;
    /** Of those, how many have at least one pain point picked. */
    tagged: number;
    /** All of them, for comparison with each pain point's row. */
    winRate: RateFigure;
    /** Most frequent first, then by id. */
    rows: PainPointRow[];
  };
  decisionHelpers: {
    /** Deals won and lost in the period (as "Win percentage" counts them). */
    won: number;
    lost: number;
    /** Deals with no decision helper picked, per outcome. */
    wonWithout: number;
    lostWithout: number;
    /** Most present in won deals first, then in lost ones, then by id. */
    rows: DecisionHelperRow[];
  };
  /** Stages where deals were lost in the period, in pipeline order; stages without a loss are left out. */
  lostByStage: LostAtStage[];
}

const byReason = (a: { reason: string | null; count: number }, b: { reason: string | null; count: number }) =>
  b.count - a.count || (a.reason === null ? 1 : b.reason === null ? -1 : a.reason.localeCompare(b.reason));

/**
 * Why deals are won and where they are lost, for the period: the pain points
 * of the opportunities opened in it with each one's win rate, the decision
 * helpers present in the deals won and lost in it, and the losses by the
 * stage they happened in, with their reasons. A lead with nothing picked adds
 * to the totals only, never to a row. Pure; the same cohorts as the headline
 * figures, so the numbers can be read side by side.
 */
export function whyBuy(t: PeriodTally): WhyBuyFigure {
  const { pains, helpers } = t;
  const closed = {
    won: t.won,
    lost: t.lost,
    wonWithout: t.wonWithoutHelper,
    lostWithout: t.lostWithoutHelper,
  };
  const painRows = [...pains]
    .map(([id, tag]) => ({
      id,
      opportunities: tag.all,
      won: tag.won,
      lost: tag.lost,
      winRate: rate(tag.won, tag.all),
    }))
    .sort((a, b) => b.opportunities - a.opportunities || a.id.localeCompare(b.id));
  const helperRows = [...helpers]
    .map(([id, tag]) => ({ id, won: rate(tag.won, closed.won), lost: rate(tag.lost, closed.lost) }))
    .sort(
      (a, b) =>
        b.won.numerator - a.won.numerator || b.lost.numerator - a.lost.numerator || a.id.localeCompare(b.id),
    );
  const lostByStage: LostAtStage[] = [];
  STAGE_IDS.forEach((stage, s) => {
    const reasons = [...(t.lostReasons[s] as Map<string | null, number>)].map(([reason, n]) => ({
      reason,
      count: n,
    }));
    const lost = reasons.reduce((n, r) => n + r.count, 0);
    if (lost > 0)
      lostByStage.push({ stage, lost, share: lost / closed.lost, reasons: reasons.sort(byReason) });
  });
  return {
    painPoints: {
      opportunities: t.opened,
      tagged: t.painTagged,
      winRate: rate(t.openedWon, t.opened),
      rows: painRows,
    },
    decisionHelpers: { ...closed, rows: helperRows },
    lostByStage,
  };
}
