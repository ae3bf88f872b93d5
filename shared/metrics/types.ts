import type { Lead, LeadStatus } from '../model/lead';
import type { Settings } from '../model/settings';
import type { StageEvent } from '../model/stage-event';
import type { StageId } from '../process/stage-list';
import type { ResolvedPeriod } from './period';
import type { TimeZone } from './time-zone';
import type { WhyBuyFigure } from './why-buy';

/** What the engine reads. Records are already validated (zod at the boundary). */
export interface MetricsInput {
  leads: readonly Lead[];
  /** In any order; events of leads that are not in `leads` are ignored. */
  events: readonly StageEvent[];
  settings: Settings;
  period: ResolvedPeriod;
  now: number;
  /** Zone for months and "today"; defaults to the period's zone. */
  zone?: TimeZone;
  /** How many months the trend series cover, ending with the period's last month. Default 12. */
  trendMonths?: number;
}

/** A share with what it was computed from. `rate` is null when nothing was counted. */
export interface RateFigure {
  rate: number | null;
  numerator: number;
  denominator: number;
}

export interface DurationFigure {
  meanDays: number | null;
  medianDays: number | null;
  count: number;
}

export interface MonthBucket {
  /** `YYYY-MM` in the report's zone. */
  month: string;
  start: number;
  end: number;
}

export interface LeadsBySourceFigure {
  total: number;
  bySource: Record<string, number>;
  /** The months the period touches, each with the leads created in it (inside the period) by source. */
  months: (MonthBucket & { total: number; bySource: Record<string, number> })[];
}

export interface MaturingRate extends RateFigure {
  /** True when the cohort is recent enough that more of it may still convert. */
  maturing: boolean;
  /** The window (days after the period's end) within which a cohort counts as maturing. */
  maturityDays: number;
  /** Members of the cohort still open. */
  stillOpen: number;
}

export interface WinPercentageFigure extends RateFigure {
  won: number;
  lost: number;
}

interface MoneyByCurrency {
  count: number;
  value: number;
}

export interface OpenOpportunitiesFigure {
  count: number;
  /** Sum of values in the report currency. */
  totalValue: number;
  /** Sum of value × the stage's win probability, in the report currency. */
  weightedValue: number;
  currency: string;
  /** Open opportunities with no value entered (counted, add nothing). */
  withoutValue: number;
  /** Values in other currencies: listed apart, never added (no exchange rates). */
  otherCurrencies: Record<string, MoneyByCurrency>;
  byStage: Record<StageId, { count: number; value: number; weightedValue: number }>;
}

export interface FunnelStage {
  stage: StageId;
  /** Leads of the cohort whose furthest stage is this one or later (skipped stages count as passed). */
  reached: number;
  /** reached(next) ÷ reached(this); null for the last stage or when none reached it. */
  movedOn: number | null;
  /** Leads of the cohort that jumped over this stage. */
  skipped: number;
}

export interface StageFunnelFigure {
  /** Leads created in the period. */
  cohort: number;
  stages: FunnelStage[];
  /** Leads lost in the period, by the stage they were in when lost. */
  lostByStage: Record<StageId, number>;
  /** Leads lost in the period, by reason (most frequent first); no reason = `null`. */
  lostReasons: { reason: string | null; count: number }[];
  /** Cohort leads with at least one skip, and the number of skipping moves. */
  skips: { leads: number; moves: number };
}

export interface PipelineVelocityFigure {
  /** Money the pipeline is expected to turn into per day; null when any part is missing. */
  valuePerDay: number | null;
  openOpportunities: number;
  averageWonValue: number | null;
  winRate: number | null;
  cycleDays: number | null;
  currency: string;
}

export interface TrendSeries {
  months: MonthBucket[];
  winRate: (number | null)[];
  won: number[];
  lost: number[];
  cycleMeanDays: (number | null)[];
  cycleMedianDays: (number | null)[];
  leadsBySource: Record<string, number[]>;
}

export interface MetricsReport {
  period: ResolvedPeriod;
  now: number;
  currency: string;
  leadsBySource: LeadsBySourceFigure;
  leadToOpportunity: MaturingRate;
  opportunityWinRate: MaturingRate & { won: number; lost: number };
  winPercentage: WinPercentageFigure;
  timeToCloseWon: DurationFigure;
  salesCycleLength: DurationFigure;
  openOpportunities: OpenOpportunitiesFigure;
  stageFunnel: StageFunnelFigure;
  timeInStage: Record<StageId, DurationFigure>;
  pipelineVelocity: PipelineVelocityFigure;
  trends: TrendSeries;
  /** Pain points, decision helpers and lost reasons by stage (why-buy.ts). */
  whyBuy: WhyBuyFigure;
}

export type { LeadStatus };
