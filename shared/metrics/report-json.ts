import { keyedRecord } from '../model/keyed-record';
import type { Settings } from '../model/settings';
import { tagList } from '../process/why-buy-lists';
import { METRIC_DEFINITIONS } from './metric-definitions';
import { PROBLEM_DEFINITIONS, SKIPPED_STAGE_RULE, STATUS_RULE } from './problem-definitions';
import type { ProblemFlag, ProblemsReport } from './problems';
import type { RepFigures } from './team-figures';
import type { MetricsReport } from './types';

/** The problems' Map as a plain object. */
function problemsJson(problems: ProblemsReport) {
  const byLead = keyedRecord<ProblemFlag[]>();
  for (const [id, flags] of problems.byLead) byLead[id] = flags;
  return { ...problems, byLead };
}

/**
 * The `--json` output: plain data only (the problems' Map becomes an object),
 * definitions and the team's lists (labels of the ids in `whyBuy`) included.
 */
export function reportJson(input: {
  report: MetricsReport;
  problems: ProblemsReport;
  files: { file: string; owner?: string; leads: number }[];
  /** Where the pain point and decision helper ids in `metrics.whyBuy` get their labels; defaults without. */
  settings?: Pick<Settings, 'painPoints' | 'decisionHelpers'>;
  /** Each rep's own figures (a file is a rep). */
  reps?: readonly RepFigures[];
}) {
  const lists = input.settings ?? {};
  return {
    files: input.files,
    metrics: input.report,
    problems: problemsJson(input.problems),
    reps: (input.reps ?? []).map((r) => ({ ...r, problems: problemsJson(r.problems) })),
    lists: { painPoints: tagList(lists, 'painPoints'), decisionHelpers: tagList(lists, 'decisionHelpers') },
    definitions: {
      metrics: METRIC_DEFINITIONS,
      problems: PROBLEM_DEFINITIONS,
      skippedStageRule: SKIPPED_STAGE_RULE,
      statusRule: STATUS_RULE,
    },
  };
}
