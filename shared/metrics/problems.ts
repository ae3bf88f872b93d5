import type { Lead } from '../model/lead';
import type { Settings } from '../model/settings';
import type { StageEvent } from '../model/stage-event';
import { resolveProcess } from '../process/resolve-settings';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import { DAY_MS } from '../time/day';
import type { ProblemDefinition } from './definition';
import { buildLeadHistories, type LeadHistories, OPEN, stageIndexOf } from './lead-histories';
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
   * read: the Metrics screen never reads it, and 36k string-keyed inserts on 100k leads
   * were half the cost of finding the problems.
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
  const { now } = input;
  const today = localIsoDate(now, input.zone ?? systemTimeZone());
  const opp = stageIndexOf(process.opportunityStage);
  const decision = stageIndexOf('decision');
  const stallMs = STAGE_IDS.map((s) => process.stallDays[s] * DAY_MS);
  const openByStage = STAGE_IDS.map(() => 0);
  // Flagged leads as (index, flags) pairs; the id-keyed map is built only when read.
  const flaggedAt: number[] = [];
  const flagLists: ProblemFlag[][] = [];
  const counts: Record<ProblemId, number> = {
    stalled: 0,
    'skipped-stages': 0,
    'too-many-opportunities': 0,
    'low-quality': 0,
  };
  let openOpps = 0;
  const shared = new SharedFlags();
  // The loop reads the histories' columns; a lead object is touched only for the
  // checks that need its own fields (open opportunities, late stages) and to key a flagged one.
  for (let i = 0; i < h.leads.length; i++) {
    if (h.status[i] !== OPEN) continue;
    const s = h.stage[i] as number;
    const stage = STAGE_IDS[s] as StageId;
    openByStage[s] = (openByStage[s] as number) + 1;
    // Most open leads carry no flag or one: a list is found or made only when a flag fires.
    let flags: readonly ProblemFlag[] | undefined;
    let stalled = false;
    const idle = now - (h.activityAt[i] as number);
    if (idle > (stallMs[s] as number)) {
      stalled = true;
      flags = shared.noActivity(s, stage, Math.floor(idle / DAY_MS), process.stallDays[stage]);
    }
    if (s >= opp) {
      openOpps++;
      const lead = h.leads[i] as Lead;
      if (!lead.nextStep?.trim()) {
        stalled = true;
        flags = shared.join(flags, shared.nextStepMissing(s, stage));
      } else if (lead.nextStepDue !== undefined && lead.nextStepDue < today) {
        stalled = true;
        flags = shared.join(flags, shared.nextStepOverdue(s, stage, lead.nextStepDue));
      }
    }
    if (stalled) counts.stalled++;
    const pending = h.skippedPending[i] as number;
    if (pending !== 0) {
      counts['skipped-stages']++;
      flags = shared.join(flags, shared.skipped(s, stage, pending));
    }
    const quality = s >= decision ? (h.quality[i] as number) : 0;
    if (quality !== 0 && quality <= 2) {
      counts['low-quality']++;
      flags = shared.join(flags, shared.lowQuality(s, stage, quality));
    }
    if (flags) {
      flaggedAt.push(i);
      flagLists.push(flags as ProblemFlag[]);
    }
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
      byLead ??= flagsById(h.leads, flaggedAt, flagLists);
      return byLead;
    },
    pipeline,
    counts,
    flaggedLeads: flaggedAt.length,
    total: sumCounts(counts),
  };
}

function flagsById(
  leads: readonly Lead[],
  flaggedAt: readonly number[],
  flagLists: readonly ProblemFlag[][],
): Map<string, ProblemFlag[]> {
  const out = new Map<string, ProblemFlag[]>();
  for (let k = 0; k < flaggedAt.length; k++) {
    out.set((leads[flaggedAt[k] as number] as Lead).id, flagLists[k] as ProblemFlag[]);
  }
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
