import type { Lead } from '../model/lead';
import { STAGE_IDS } from '../process/stage-list';
import { DAY_MS } from '../time/day';
import { bucketsOf, type MetricsContext } from './context';
import { LOST, OPEN, stageIndexOf, WON } from './lead-histories';
import { periodMonths, trendMonths } from './month-buckets';
import { HAS_DECISION_HELPERS, HAS_PAIN_POINTS } from './replay-lead';
import { borrowFloat64, borrowInt32, borrowUint8, giveBack } from './scratch';
import { groupFigures } from './stats';
import {
  countOpen,
  countSkips,
  countTags,
  type PeriodTally,
  type StageMoney,
  type TagTally,
} from './tally-counts';
import type { DurationFigure, MonthBucket } from './types';

/** Duration groups the pass fills: four lists, then one per trend month. */
const TO_OPPORTUNITY = 0;
const TO_CLOSE = 1;
const CYCLE = 2;
const CYCLE_WON = 3;
const TREND = 4;
/** A lead adds at most one value to each: to opportunity, to close, its trend month, cycle, won cycle. */
const MOST_PER_LEAD = 5;

/** Counts every per-lead metric needs, in one walk over the leads (stays are timeInStage's own). Pure. */
export function tallyPeriod(ctx: MetricsContext): PeriodTally {
  const { h, currency } = ctx;
  const { start, end } = ctx.period;
  const { createdAt, opportunityAt, closedAt, status, stage, source, maxReached, skippedEver, tags, value } =
    h;
  const opp = stageIndexOf(ctx.process.opportunityStage);
  const probability = STAGE_IDS.map((s) => ctx.process.winProbability[s]);
  const months = periodMonths(ctx);
  const monthStarts = months.map((b) => b.start);
  const sources = h.sources.length;
  const trend = trendMonths(ctx);
  const trendStarts = trend.map((b) => b.start);
  const trendEnd = (trend[trend.length - 1] as MonthBucket).end;
  const nTrend = trend.length;
  const n = h.leads.length;
  // Counters live in locals and typed arrays while the loop runs (a field of an object
  // would be loaded and stored again at every step); the tally is assembled after it.
  const c = { skipLeads: 0, skipMoves: 0 };
  const reached = new Uint32Array(STAGE_IDS.length);
  const skipped = new Uint32Array(STAGE_IDS.length);
  const createdByMonth = new Uint32Array(months.length * sources);
  const trendCreated = new Uint32Array(sources * nTrend);
  const trendWon = new Uint32Array(nTrend);
  const trendLost = new Uint32Array(nTrend);
  const open = STAGE_IDS.map(() => ({ count: 0, value: 0, weightedValue: 0 }));
  const money = { openWithoutValue: 0, otherCurrencies: {} as PeriodTally['otherCurrencies'] };
  const pains: TagTally = new Map();
  const helpers: TagTally = new Map();
  const lostReasons = STAGE_IDS.map(() => new Map<string | null, number>());
  // Durations go straight into two columns (value, group), month indexes are worked out a column
  // at a time before the walk: no call per value, which would box each number (see groupFigures).
  const days = borrowFloat64(n * MOST_PER_LEAD);
  const dayGroup = borrowUint8(n * MOST_PER_LEAD);
  let nd = 0;
  const month = borrowInt32(3 * n);
  bucketsOf(trendStarts, trendEnd, createdAt, n, month, 0);
  bucketsOf(monthStarts, end, createdAt, n, month, n);
  bucketsOf(trendStarts, trendEnd, closedAt, n, month, 2 * n);
  let cohort = 0;
  let reachedOpportunity = 0;
  let stillOpenBelow = 0;
  let opened = 0;
  let openedWon = 0;
  let openedLost = 0;
  let painTagged = 0;
  let won = 0;
  let lost = 0;
  let wonWithValue = 0;
  let wonValue = 0;
  let wonWithoutHelper = 0;
  let lostWithoutHelper = 0;
  for (let i = 0; i < n; i++) {
    const created = createdAt[i] as number;
    const oppAt = opportunityAt[i] as number;
    const closed = closedAt[i] as number;
    const st = status[i] as number;
    const src = source[i] as number;
    const tc = month[i] as number;
    if (tc >= 0) trendCreated[src * nTrend + tc] = (trendCreated[src * nTrend + tc] as number) + 1;
    if (created >= start && created < end) {
      cohort++;
      const at = (month[n + i] as number) * sources + src;
      createdByMonth[at] = (createdByMonth[at] as number) + 1;
      const max = maxReached[i] as number;
      for (let s = 0; s <= max; s++) reached[s] = (reached[s] as number) + 1;
      if (max >= opp) reachedOpportunity++;
      else if (st === OPEN) stillOpenBelow++;
      const ever = skippedEver[i] as number;
      if (ever !== 0) countSkips(c, skipped, ever, h.skipMoves[i] as number);
    }
    if (!Number.isNaN(oppAt)) {
      days[nd] = Math.max(0, oppAt - created) / DAY_MS;
      dayGroup[nd++] = TO_OPPORTUNITY;
      if (!Number.isNaN(closed)) {
        days[nd] = Math.max(0, closed - oppAt) / DAY_MS;
        dayGroup[nd++] = TO_CLOSE;
      }
      if (oppAt >= start && oppAt < end) {
        opened++;
        if (st === WON) openedWon++;
        else if (st === LOST) openedLost++;
        if ((tags[i] as number) & HAS_PAIN_POINTS && countTags(pains, (h.leads[i] as Lead).painPointIds, st))
          painTagged++;
      }
    }
    if (st === OPEN) {
      const s = stage[i] as number;
      if (s >= opp) countOpen(open[s] as StageMoney, money, h, i, currency, probability);
      continue;
    }
    // Closed, won or lost (closedAt is set exactly then).
    const cycle = Math.max(0, closed - created) / DAY_MS;
    const m = month[2 * n + i] as number;
    if (m >= 0) {
      if (st === WON) trendWon[m] = (trendWon[m] as number) + 1;
      else trendLost[m] = (trendLost[m] as number) + 1;
      days[nd] = cycle;
      dayGroup[nd++] = TREND + m;
    }
    if (!(closed >= start && closed < end)) continue;
    days[nd] = cycle;
    dayGroup[nd++] = CYCLE;
    const had =
      (tags[i] as number) & HAS_DECISION_HELPERS
        ? countTags(helpers, (h.leads[i] as Lead).decisionHelperIds, st)
        : false;
    if (st === WON) {
      won++;
      days[nd] = cycle;
      dayGroup[nd++] = CYCLE_WON;
      if (!had) wonWithoutHelper++;
      const v = value[i] as number;
      if (!Number.isNaN(v) && h.currency[i] === currency) {
        wonValue += v;
        wonWithValue++;
      }
    } else {
      lost++;
      if (!had) lostWithoutHelper++;
      const reasons = lostReasons[h.closedStage[i] as number] as Map<string | null, number>;
      const reason = h.lostReason[i]?.trim() || null;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  const figures = groupFigures(TREND + nTrend, days, dayGroup, nd);
  giveBack(days);
  giveBack(dayGroup);
  giveBack(month);
  const [toOpportunity, toClose, cycle, cycleWon] = figures as DurationFigure[];
  return {
    periodMonths: months,
    trendMonths: trend,
    cohort,
    reachedOpportunity,
    stillOpenBelow,
    reached: Array.from(reached),
    skipped: Array.from(skipped),
    skipLeads: c.skipLeads,
    skipMoves: c.skipMoves,
    createdByMonth,
    opened,
    openedWon,
    openedLost,
    won,
    lost,
    wonWithValue,
    wonValue,
    open,
    ...money,
    trendCreated,
    trendWon: Array.from(trendWon),
    trendLost: Array.from(trendLost),
    pains,
    painTagged,
    helpers,
    wonWithoutHelper,
    lostWithoutHelper,
    lostReasons,
    toOpportunity: toOpportunity as DurationFigure,
    toClose: toClose as DurationFigure,
    cycle: cycle as DurationFigure,
    cycleWon: cycleWon as DurationFigure,
    trendCycles: figures.slice(TREND),
  };
}
