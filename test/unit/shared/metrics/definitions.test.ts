import { describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES } from '../../../../shared/metrics/headline-figures';
import { METRIC_DEFINITIONS } from '../../../../shared/metrics/metric-definitions';
import {
  PROBLEM_DEFINITIONS,
  SKIPPED_STAGE_RULE,
  STATUS_RULE,
} from '../../../../shared/metrics/problem-definitions';
import { PROBLEM_IDS } from '../../../../shared/metrics/problems';

const METRIC_IDS = [
  'leads-by-source',
  'lead-to-opportunity',
  'opportunity-win-rate',
  'win-percentage',
  'time-to-close-won',
  'sales-cycle-length',
  'open-opportunities',
  'stage-funnel',
  'time-in-stage',
  'pipeline-velocity',
  'pain-points',
  'decision-helpers',
  'lost-by-stage',
];

describe('definitions', () => {
  it('define exactly the metrics the engine computes, with stable anchor ids', () => {
    expect(METRIC_DEFINITIONS.map((d) => d.id)).toEqual(METRIC_IDS);
    for (const d of METRIC_DEFINITIONS) expect(d.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('define every problem the engine flags', () => {
    expect(PROBLEM_DEFINITIONS.map((d) => d.id)).toEqual([...PROBLEM_IDS]);
  });

  it('say everything in both languages, and differently in each', () => {
    const texts = [
      ...METRIC_DEFINITIONS.flatMap((d) => [d.name, d.formula, d.counts, d.excludes, d.reading]),
      ...PROBLEM_DEFINITIONS.flatMap((d) => [d.name, d.rule, d.action]),
      SKIPPED_STAGE_RULE,
      STATUS_RULE,
    ];
    for (const b of texts) {
      expect(b.en.trim().length).toBeGreaterThan(3);
      expect(b.es.trim().length).toBeGreaterThan(3);
      expect(b.es).not.toBe(b.en);
    }
  });

  it('every headline figure belongs to a defined metric', () => {
    for (const f of HEADLINE_FIGURES) expect(METRIC_IDS).toContain(f.metric);
    expect(new Set(HEADLINE_FIGURES.map((f) => f.key)).size).toBe(HEADLINE_FIGURES.length);
  });
});
