import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../../extension/popup/metrics/problems-view';
import { tallyProblems } from '../../../../shared/metrics/problem-tally';
import type { ProblemFlag, ProblemsReport } from '../../../../shared/metrics/problems';
import type { Lead } from '../../../../shared/model/lead';

const flag = (problem: ProblemFlag['problem'], rule: ProblemFlag['rule']): ProblemFlag => ({
  problem,
  rule,
  stage: 'decision',
});

function report(): Pick<ProblemsReport, 'byLead' | 'pipeline'> {
  return {
    byLead: new Map([
      // Two stalled flags (overdue and inactive) are one problem; a skip is a second one.
      [
        'a',
        [
          flag('stalled', 'no-activity'),
          flag('stalled', 'next-step-overdue'),
          flag('skipped-stages', 'skipped'),
        ],
      ],
      ['b', [flag('low-quality', 'low-quality-late')]],
      ['c', [flag('stalled', 'next-step-missing')]],
    ]),
    pipeline: [{ problem: 'too-many-opportunities', rule: 'capacity', count: 37, limit: 25 }],
  };
}

describe('tallyProblems', () => {
  it('counts leads once and problems once per kind per lead, plus pipeline findings', () => {
    const tally = tallyProblems(report());
    expect(tally).toEqual({
      leads: 3,
      problems: 5,
      pipeline: 1,
      byProblem: { stalled: 2, 'skipped-stages': 1, 'too-many-opportunities': 1, 'low-quality': 1 },
    });
  });

  it('agrees with the groups the Problems screen lists', () => {
    const r = report();
    const leads = ['a', 'b', 'c'].map((id) => ({ id, name: id, updatedAt: 0, stageChangedAt: 0 }) as Lead);
    const groups = groupProblems({ ...r, counts: {} as never, flaggedLeads: 3, total: 4 }, leads);
    const listed = groups.reduce((n, g) => n + g.leads.length + g.findings.length, 0);
    expect(listed).toBe(tallyProblems(r).problems);
    for (const g of groups) expect(g.leads.length + g.findings.length).toBe(tallyProblems(r).byProblem[g.id]);
  });

  it('is zero for a clean pipeline', () => {
    expect(tallyProblems({ byLead: new Map(), pipeline: [] }).problems).toBe(0);
  });
});
