import type { Lead } from '../model/lead';
import type { Settings } from '../model/settings';
import type { StageEvent } from '../model/stage-event';
import { resolveProcess } from '../process/resolve-settings';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { ProblemDefinition } from './definition';
import { buildLeadHistories, type LeadHistories, OPEN, stageIndexOf } from './lead-histories';
import { LOW_QUALITY, ProblemChecks, SKIPPED, STALLED } from './problem-checks';
import { SharedFlags } from './shared-flags';
import { localIsoDate, systemTimeZone, type TimeZone } from './time-zone';

export type ProblemId = ProblemDefinition['id'];
export const PROBLEM_IDS: readonly ProblemId[] = [
  'stalled',
  'skipped-stages',
  'too-many-opportunities',
  'low-quality',
];

/** Which rule of a problem fired; the popup words it, the playbook explains it. */
export type ProblemRule =
  | 'no-activity'
  | 'next-step-overdue'
  | 'next-step-missing'
  | 'skipped'
  | 'low-quality-late'
  | 'capacity'
  | 'stage-limit';

export interface ProblemFlag {
  problem: ProblemId;
  rule: ProblemRule;
  stage: StageId;
  /** no-activity: whole days without a move or an edit, and the stage's threshold. */
  days?: number;
  limit?: number;
  /** next-step-overdue: the due date that passed. */
  due?: string;
  /** skipped: the stages jumped over and not visited since. */
  stages?: StageId[];
  /** low-quality-late: the lead's quality (1–5). */
  quality?: number;
}

/** A problem of the whole pipeline rather than of one lead. */
export interface PipelineProblem {
  problem: 'too-many-opportunities';
  rule: 'capacity' | 'stage-limit';
  count: number;
  limit: number;
  /** stage-limit only. */
  stage?: StageId;
  /** In a team report: whose pipeline (the backup's owner or file). */
  owner?: string;
}

export interface ProblemsReport {
  /**
   * Only leads with at least one flag appear. From findProblems it is built on first
   * read, flag lists and all: the Metrics screen reads only the counts, and keying ~36k
   * flagged leads of 100k by id, then building their lists, was most of the cost of
   * finding the problems.
   */
  byLead: Map<string, ProblemFlag[]>;
  pipeline: PipelineProblem[];
  /** Leads flagged per problem; for too-many-opportunities, the pipeline findings. */
  counts: Record<ProblemId, number>;
  flaggedLeads: number;
  /**
   * Every problem: the sum of `counts`, so what the Problems screen's groups add up to
   * (a lead with two kinds of problem counts twice). Equals tallyProblems(report).problems.
   */
  total: number;
}

interface ProblemsInput {
  leads: readonly Lead[];
  events: readonly StageEvent[];
  settings: Settings;
  now: number;
  /** Zone of the rep's calendar, for "is the next step overdue today". Default: the system zone. */
  zone?: TimeZone;
}

export function findProblems(input: ProblemsInput, histories?: LeadHistories): ProblemsReport {
  const process = resolveProcess(input.settings);
  const h = histories ?? buildLeadHistories(input.leads, input.events, process.opportunityStage);
  const checks = new ProblemChecks(
    h,
    process,
    input.now,
    localIsoDate(input.now, input.zone ?? systemTimeZone()),
  );
  const opp = stageIndexOf(process.opportunityStage);
  const openByStage = STAGE_IDS.map(() => 0);
  // Flagged leads by index: their flag lists, and the id-keyed map, are built only when read.
  const flaggedAt: number[] = [];
  const counts: Record<ProblemId, number> = {
    stalled: 0,
    'skipped-stages': 0,
    'too-many-opportunities': 0,
    'low-quality': 0,
  };
  let openOpps = 0;
  // The loop reads the histories' columns; a lead object is touched only for an open opportunity's next step.
  for (let i = 0; i < h.leads.length; i++) {
    if (h.status[i] !== OPEN) continue;
    const s = h.stage[i] as number;
    openByStage[s] = (openByStage[s] as number) + 1;
    if (s >= opp) openOpps++;
    const fired = checks.fired(i);
    if (fired === 0) continue;
    flaggedAt.push(i);
    if (fired & STALLED) counts.stalled++;
    if (fired & SKIPPED) counts['skipped-stages']++;
    if (fired & LOW_QUALITY) counts['low-quality']++;
  }
  const pipeline: PipelineProblem[] = [];
  if (openOpps > process.capacity) {
    pipeline.push({
      problem: 'too-many-opportunities',
      rule: 'capacity',
      count: openOpps,
      limit: process.capacity,
    });
  }
  STAGE_IDS.forEach((stage, s) => {
    const limit = process.stageLimits[stage];
    const count = openByStage[s] as number;
    if (limit !== undefined && count > limit) {
      pipeline.push({ problem: 'too-many-opportunities', rule: 'stage-limit', stage, count, limit });
    }
  });
  counts['too-many-opportunities'] = pipeline.length;
  let byLead: Map<string, ProblemFlag[]> | undefined;
  return {
    get byLead() {
      byLead ??= flagsById(h.leads, flaggedAt, checks);
      return byLead;
    },
    pipeline,
    counts,
    flaggedLeads: flaggedAt.length,
    total: sumCounts(counts),
  };
}

/** Each flagged lead's flags by its id; identical lists are one shared, frozen list. */
function flagsById(
  leads: readonly Lead[],
  flaggedAt: readonly number[],
  checks: ProblemChecks,
): Map<string, ProblemFlag[]> {
  const shared = new SharedFlags();
  const out = new Map<string, ProblemFlag[]>();
  for (const i of flaggedAt) out.set((leads[i] as Lead).id, checks.flags(i, shared));
  return out;
}
/** The problems a report counts in all: its per-problem counts added up. Pure. */
export function sumCounts(counts: Record<ProblemId, number>): number {
  return PROBLEM_IDS.reduce((n, id) => n + counts[id], 0);
}

/** Lead ids flagged per problem: what a review records and what the next review compares with. */
export function flaggedIdsByProblem(problems: ProblemsReport): Record<ProblemId, string[]> {
  const out: Record<ProblemId, string[]> = {
    stalled: [],
    'skipped-stages': [],
    'too-many-opportunities': [],
    'low-quality': [],
  };
  for (const [id, flags] of problems.byLead) {
    for (const problem of new Set(flags.map((f) => f.problem))) out[problem].push(id);
  }
  return out;
}
