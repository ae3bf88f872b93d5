import type { Bilingual } from '../process/stage-list';

/**
 * A metric's definition as data, so the popup, the playbook and `npm run report`
 * show exactly what the engine computes. `id` doubles as the playbook anchor
 * (`#metric-<id>`).
 */
export interface MetricDefinition {
  id: string;
  name: Bilingual;
  /** The formula in words. */
  formula: Bilingual;
  /** What is counted. */
  counts: Bilingual;
  /** What is left out, and why. */
  excludes: Bilingual;
  /** How to read it and what a change usually means (playbook). */
  reading: Bilingual;
  unit: 'count' | 'ratio' | 'days' | 'money' | 'money-per-day';
}

/** A problem the engine flags, with what to do about it. Anchor: `#problem-<id>`. */
export interface ProblemDefinition {
  id: 'stalled' | 'skipped-stages' | 'too-many-opportunities' | 'low-quality';
  name: Bilingual;
  rule: Bilingual;
  action: Bilingual;
}
