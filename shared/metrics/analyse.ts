import { resolveProcess } from '../process/resolve-settings';
import { computeMetrics } from './compute-metrics';
import { buildLeadHistories, type LeadHistories } from './lead-histories';
import { findProblems, type ProblemsReport } from './problems';
import type { MetricsInput, MetricsReport } from './types';

/** Metrics and problems from one replay of the history: what the popup, the playbook and the CLI call. */
export function analyse(input: MetricsInput): {
  histories: LeadHistories;
  report: MetricsReport;
  problems: ProblemsReport;
} {
  const histories = buildLeadHistories(
    input.leads,
    input.events,
    resolveProcess(input.settings).opportunityStage,
  );
  return {
    histories,
    report: computeMetrics(input, histories),
    problems: findProblems({ ...input, zone: input.zone ?? input.period.zone }, histories),
  };
}
