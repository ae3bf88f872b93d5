import type { Review } from '../model/review';
import type { StageEvent } from '../model/stage-event';
import type { StageId } from '../process/stage-list';
import { DAY_MS } from '../time/day';
import { HEADLINE_FIGURES } from './headline-figures';
import { type LeadHistories, LOST, WON } from './lead-histories';
import { flaggedIdsByProblem, PROBLEM_IDS, type ProblemId, type ProblemsReport } from './problems';
import type { MetricsReport } from './types';

/** What a review records: the headline figures and the flagged lead ids per problem. */
export function snapshotForReview(
  report: MetricsReport,
  problems: ProblemsReport,
): { figures: Record<string, number | null>; problems: Record<ProblemId, string[]> } {
  const figures: Record<string, number | null> = {};
  for (const f of HEADLINE_FIGURES) figures[f.key] = f.pick(report);
  // Pipeline-level findings have no lead ids, so their count travels with the figures.
  for (const id of PROBLEM_IDS) figures[`problems.${id}`] = problems.counts[id];
  figures['problems.total'] = problems.total;
  return { figures, problems: flaggedIdsByProblem(problems) };
}

export interface FigureDelta {
  key: string;
  previous: number | null;
  current: number | null;
  /** current − previous; null when either is unknown. */
  delta: number | null;
}

export interface ReviewDiff {
  /** Changes are counted from this instant: the previous review, or one cadence ago for a first review. */
  since: number;
  newLeads: string[];
  moves: { leadId: string; from: StageId; to: StageId; at: number }[];
  wins: string[];
  losses: string[];
  newProblems: Record<ProblemId, string[]>;
  resolvedProblems: Record<ProblemId, string[]>;
  figures: FigureDelta[];
}

interface ReviewDiffInput {
  previous: Review | null;
  /** The same histories the current report and problems were computed from. */
  histories: LeadHistories;
  events: readonly StageEvent[];
  report: MetricsReport;
  problems: ProblemsReport;
  reviewCadenceDays: number;
}

/** What changed since the previous review, for the review screen. */
export function diffSinceReview(input: ReviewDiffInput): ReviewDiff {
  const { previous, histories: h, report } = input;
  const since = previous?.at ?? report.now - input.reviewCadenceDays * DAY_MS;
  const newLeads: string[] = [];
  const wins: string[] = [];
  const losses: string[] = [];
  for (let i = 0; i < h.leads.length; i++) {
    const lead = h.leads[i] as { id: string; createdAt: number };
    if (lead.createdAt >= since) newLeads.push(lead.id);
    const closedAt = h.closedAt[i] as number;
    if (closedAt >= since) {
      if (h.status[i] === WON) wins.push(lead.id);
      else if (h.status[i] === LOST) losses.push(lead.id);
    }
  }
  const known = new Set(h.leads.map((l) => l.id));
  const moves: ReviewDiff['moves'] = [];
  for (const e of input.events) {
    // A move is a change of stage while the deal stays open; wins and losses are listed on their own.
    if (e.at < since || e.fromStage === null || e.fromStage === e.toStage || e.toStatus !== 'open') continue;
    if (known.has(e.leadId)) moves.push({ leadId: e.leadId, from: e.fromStage, to: e.toStage, at: e.at });
  }
  moves.sort((a, b) => a.at - b.at);

  const current = snapshotForReview(report, input.problems);
  const newProblems = {} as Record<ProblemId, string[]>;
  const resolvedProblems = {} as Record<ProblemId, string[]>;
  for (const id of PROBLEM_IDS) {
    const before = new Set(previous?.problems[id] ?? []);
    const now = new Set(current.problems[id]);
    newProblems[id] = current.problems[id].filter((x) => !before.has(x));
    resolvedProblems[id] = [...before].filter((x) => !now.has(x));
  }
  const figures = figureDeltas(current.figures, previous?.figures ?? {});
  return { since, newLeads, moves, wins, losses, newProblems, resolvedProblems, figures };
}

/** Each recorded figure beside its value at the previous review. */
export function figureDeltas(
  current: Record<string, number | null>,
  previous: Record<string, number | null>,
): FigureDelta[] {
  return Object.entries(current).map(([key, value]): FigureDelta => {
    const prev = previous[key] ?? null;
    return {
      key,
      previous: prev,
      current: value,
      delta: prev === null || value === null ? null : value - prev,
    };
  });
}
