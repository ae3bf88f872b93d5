import type { Lead } from '../model/lead';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import { inPeriod, type MetricsContext } from './context';
import { LOST, WON } from './lead-histories';
import { rate } from './stats';
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

type Tally = Map<string, { won: number; lost: number; all: number }>;

function count(tally: Tally, ids: readonly string[] | undefined, status: number): boolean {
  if (!ids?.length) return false;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j] as string;
    // Each id once, as a Set would, without making one per lead (lists hold a handful of ids).
    if (ids.indexOf(id) !== j) continue;
    let t = tally.get(id);
    if (t === undefined) {
      t = { won: 0, lost: 0, all: 0 };
      tally.set(id, t);
    }
    t.all++;
    if (status === WON) t.won++;
    else if (status === LOST) t.lost++;
  }
  return true;
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
export function whyBuy(ctx: MetricsContext): WhyBuyFigure {
  const { h, period } = ctx;
  const pains: Tally = new Map();
  const helpers: Tally = new Map();
  const lostAt = STAGE_IDS.map(() => new Map<string | null, number>());
  let opportunities = 0;
  let tagged = 0;
  let oppWon = 0;
  const closed = { won: 0, lost: 0, wonWithout: 0, lostWithout: 0 };
  for (let i = 0; i < h.leads.length; i++) {
    const lead = h.leads[i] as Lead;
    const status = h.status[i] as number;
    if (inPeriod(period, h.opportunityAt[i] as number)) {
      opportunities++;
      if (status === WON) oppWon++;
      if (count(pains, lead.painPointIds, status)) tagged++;
    }
    const closedAt = h.closedAt[i] as number;
    if (!(status === WON || status === LOST) || !inPeriod(period, closedAt)) continue;
    const had = count(helpers, lead.decisionHelperIds, status);
    if (status === WON) {
      closed.won++;
      if (!had) closed.wonWithout++;
    } else {
      closed.lost++;
      if (!had) closed.lostWithout++;
      const reasons = lostAt[h.closedStage[i] as number] as Map<string | null, number>;
      const reason = h.lostReason[i]?.trim() || null;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  const painRows = [...pains]
    .map(([id, t]) => ({ id, opportunities: t.all, won: t.won, lost: t.lost, winRate: rate(t.won, t.all) }))
    .sort((a, b) => b.opportunities - a.opportunities || a.id.localeCompare(b.id));
  const helperRows = [...helpers]
    .map(([id, t]) => ({ id, won: rate(t.won, closed.won), lost: rate(t.lost, closed.lost) }))
    .sort(
      (a, b) =>
        b.won.numerator - a.won.numerator || b.lost.numerator - a.lost.numerator || a.id.localeCompare(b.id),
    );
  const lostByStage: LostAtStage[] = [];
  STAGE_IDS.forEach((stage, s) => {
    const reasons = [...(lostAt[s] as Map<string | null, number>)].map(([reason, n]) => ({
      reason,
      count: n,
    }));
    const lost = reasons.reduce((n, r) => n + r.count, 0);
    if (lost > 0)
      lostByStage.push({ stage, lost, share: lost / closed.lost, reasons: reasons.sort(byReason) });
  });
  return {
    painPoints: { opportunities, tagged, winRate: rate(oppWon, opportunities), rows: painRows },
    decisionHelpers: { ...closed, rows: helperRows },
    lostByStage,
  };
}
