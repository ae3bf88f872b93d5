import { PROBLEM_IDS, type ProblemId, type ProblemsReport, sumCounts } from './problems';

/**
 * The one way problems are counted, so the Problems tab, the screen's heading,
 * its groups and the toolbar badge never disagree. A lead with two kinds of
 * problem counts once in `leads` and twice in `problems` (it is listed in two
 * groups); several flags of one kind on one lead (overdue and inactive) are
 * one problem. A pipeline finding (too many opportunities) is a problem of
 * no lead.
 */
export interface ProblemTally {
  /** Leads with at least one problem. */
  leads: number;
  /** Every problem: what the groups on the Problems screen add up to. */
  problems: number;
  /** Of `problems`, the findings about the whole pipeline. */
  pipeline: number;
  /** Per group: leads flagged with it (too-many-opportunities: its findings). */
  byProblem: Record<ProblemId, number>;
}

/** Counts a problems report. Pure. */
export function tallyProblems(report: Pick<ProblemsReport, 'byLead' | 'pipeline'>): ProblemTally {
  const byProblem = Object.fromEntries(PROBLEM_IDS.map((id) => [id, 0])) as Record<ProblemId, number>;
  for (const flags of report.byLead.values()) {
    for (const problem of new Set(flags.map((f) => f.problem))) byProblem[problem]++;
  }
  for (const finding of report.pipeline) byProblem[finding.problem]++;
  return {
    leads: report.byLead.size,
    problems: sumCounts(byProblem),
    pipeline: report.pipeline.length,
    byProblem,
  };
}
