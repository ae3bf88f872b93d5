import { keyedRecord } from '../model/keyed-record';
import { METRIC_DEFINITIONS } from './metric-definitions';
import { PROBLEM_DEFINITIONS, SKIPPED_STAGE_RULE, STATUS_RULE } from './problem-definitions';
import type { ProblemFlag, ProblemsReport } from './problems';
import type { MetricsReport } from './types';

/** The `--json` output: plain data only (the problems' Map becomes an object), definitions included. */
export function reportJson(input: {
  report: MetricsReport;
  problems: ProblemsReport;
  files: { file: string; owner?: string; leads: number }[];
}) {
  const byLead = keyedRecord<ProblemFlag[]>();
  for (const [id, flags] of input.problems.byLead) byLead[id] = flags;
  return {
    files: input.files,
    metrics: input.report,
    problems: { ...input.problems, byLead },
    definitions: {
      metrics: METRIC_DEFINITIONS,
      problems: PROBLEM_DEFINITIONS,
      skippedStageRule: SKIPPED_STAGE_RULE,
      statusRule: STATUS_RULE,
    },
  };
}
