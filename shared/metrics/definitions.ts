// The definitions the popup, the playbook and `npm run report` show: one source for all three.
import type { MetricDefinition, ProblemDefinition } from './definition';
import { METRIC_DEFINITIONS } from './metric-definitions';
import { PROBLEM_DEFINITIONS } from './problem-definitions';

export type MetricId =
  | 'leads-by-source'
  | 'lead-to-opportunity'
  | 'opportunity-win-rate'
  | 'win-percentage'
  | 'time-to-close-won'
  | 'sales-cycle-length'
  | 'open-opportunities'
  | 'stage-funnel'
  | 'time-in-stage'
  | 'pipeline-velocity'
  | 'pain-points'
  | 'decision-helpers'
  | 'lost-by-stage';

export function metricDefinition(id: MetricId): MetricDefinition {
  const def = METRIC_DEFINITIONS.find((d) => d.id === id);
  if (!def) throw new Error(`unknown metric ${id}`);
  return def;
}

export function problemDefinition(id: ProblemDefinition['id']): ProblemDefinition {
  const def = PROBLEM_DEFINITIONS.find((d) => d.id === id);
  if (!def) throw new Error(`unknown problem ${id}`);
  return def;
}
