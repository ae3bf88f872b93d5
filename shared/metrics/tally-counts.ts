/** The counts one walk over the leads gathers for the per-lead metrics (period-tally.ts), and the small counting steps it uses. */
import type { LeadHistories } from './lead-histories';
import { LOST, WON } from './stage-codes';
import type { DurationFigure, MonthBucket } from './types';

/** Per tag id (a pain point, a decision helper): the leads that picked it, and how many of them won or lost. */
export type TagTally = Map<string, { won: number; lost: number; all: number }>;

/** Adds one lead's tag ids to `tally` (each id once); false when the lead picked none. */
export function countTags(tally: TagTally, ids: readonly string[] | undefined, status: number): boolean {
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

export type StageMoney = { count: number; value: number; weightedValue: number };

/**
 * What every per-lead metric counts, from one walk over the replayed
 * histories. Each metric used to walk all the leads itself (ten walks on
 * 100k leads, most reading the same columns); the figures are now shaped from
 * these counts by the metric's own module. Counts only: nothing here is a figure yet.
 */
export interface PeriodTally {
  periodMonths: MonthBucket[];
  trendMonths: MonthBucket[];
  /** Leads created in the period; of those, how many reached the opportunity stage, and how many are still open below it. */
  cohort: number;
  reachedOpportunity: number;
  stillOpenBelow: number;
  /** Cohort leads that reached (or jumped past) each stage, and that skipped each; leads with a skip and their skipping moves. */
  reached: number[];
  skipped: number[];
  skipLeads: number;
  skipMoves: number;
  /** Cohort leads per (period month m, source s), at m × sources + s. */
  createdByMonth: Uint32Array;
  /** Opportunities opened in the period, and how many of them are won or lost now. */
  opened: number;
  openedWon: number;
  openedLost: number;
  /** Deals closed in the period; won ones with a value in the report currency, and that value's sum. */
  won: number;
  lost: number;
  wonWithValue: number;
  wonValue: number;
  /** Open leads at or past the opportunity stage, per stage, in the report currency; the rest as counted. */
  open: StageMoney[];
  openWithoutValue: number;
  otherCurrencies: Record<string, { count: number; value: number }>;
  /** Trend window: leads created per (source s, month m) at s × months + m; deals closed per month. */
  trendCreated: Uint32Array;
  trendWon: number[];
  trendLost: number[];
  /** Pain points of the opportunities opened in the period; decision helpers of the deals closed in it. */
  pains: TagTally;
  painTagged: number;
  helpers: TagTally;
  wonWithoutHelper: number;
  lostWithoutHelper: number;
  /** Deals lost in the period, per stage they were lost at, by reason (null: none given). */
  lostReasons: Map<string | null, number>[];
  toOpportunity: DurationFigure;
  toClose: DurationFigure;
  cycle: DurationFigure;
  cycleWon: DurationFigure;
  trendCycles: DurationFigure[];
}

/** A lead of the cohort that jumped over stages: which ones, and in how many moves. */
export function countSkips(
  c: { skipLeads: number; skipMoves: number },
  skipped: Uint32Array,
  ever: number,
  moves: number,
) {
  c.skipLeads++;
  c.skipMoves += moves;
  for (let s = 0; s < skipped.length; s++) if (ever & (1 << s)) skipped[s] = (skipped[s] as number) + 1;
}

/**
 * Open opportunity i's value, in the report currency (weighted by its stage's
 * win probability) or counted apart. Takes the columns and an index, not the
 * value: a number passed to a call is boxed where V8 does not optimise (extension pages).
 */
export function countOpen(
  bucket: StageMoney,
  money: { openWithoutValue: number; otherCurrencies: PeriodTally['otherCurrencies'] },
  h: Pick<LeadHistories, 'value' | 'currency' | 'stage'>,
  i: number,
  currency: string,
  probability: readonly number[],
): void {
  bucket.count++;
  const value = h.value[i] as number;
  const valueCurrency = h.currency[i] as string;
  if (Number.isNaN(value)) money.openWithoutValue++;
  else if (valueCurrency === currency) {
    bucket.value += value;
    bucket.weightedValue += value * (probability[h.stage[i] as number] as number);
  } else {
    const other = money.otherCurrencies[valueCurrency] ?? { count: 0, value: 0 };
    other.count++;
    other.value += value;
    money.otherCurrencies[valueCurrency] = other;
  }
}
