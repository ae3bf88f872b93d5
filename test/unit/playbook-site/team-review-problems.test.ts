// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { problemsSection } from '../../../playbook-site/client/team-review/render-problems';
import { resolvePeriod } from '../../../shared/metrics/period';
import type { ProblemFlag, ProblemsReport } from '../../../shared/metrics/problems';
import { teamFigures } from '../../../shared/metrics/team-figures';
import type { Lead } from '../../../shared/model/lead';
import { SettingsSchema } from '../../../shared/model/settings';

const NOW = Date.UTC(2026, 10, 27, 12);
const lead = (id: string, name: string): Lead => ({
  id,
  kind: 'person',
  name,
  source: 'referral',
  stage: 'decision',
  status: 'open',
  currency: 'EUR',
  createdAt: NOW - 86_400_000,
  updatedAt: NOW - 86_400_000,
  stageChangedAt: NOW - 86_400_000,
});
const period = resolvePeriod('last-90', NOW, 'UTC');
const figures = teamFigures({
  reps: [{ owner: 'ana', leads: [lead('a', 'Skipper'), lead('b', 'Staller')], events: [] }],
  settings: SettingsSchema.parse({}),
  period,
  now: NOW,
});
const skipped: ProblemFlag = {
  problem: 'skipped-stages',
  rule: 'skipped',
  stage: 'decision',
  stages: ['interest'],
};
const overdue: ProblemFlag = {
  problem: 'stalled',
  rule: 'next-step-overdue',
  stage: 'decision',
  due: '2026-11-02',
};
const problems: ProblemsReport = {
  byLead: new Map([
    ['a', [skipped]],
    ['b', [skipped, overdue]],
  ]),
  pipeline: [],
  counts: { stalled: 1, 'skipped-stages': 2, 'too-many-opportunities': 0, 'low-quality': 0 },
  flaggedLeads: 2,
  total: 2,
};
const rows = (lang: 'en' | 'es') =>
  [...problemsSection(problems, figures, {}, lang).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );

describe('the team review’s flagged leads', () => {
  it('lists each lead once, the most urgent first, with all its problems', () => {
    const r = rows('en');
    expect(r.map((c) => c[1])).toEqual(['Staller', 'Skipper']);
    expect(r[0]?.[3]).toBe('Skipped stages, Stalled');
    expect(r[0]?.[0]).toBe('ana');
  });

  it('writes due dates in the reader’s language, not as stored', () => {
    expect(rows('en')[0]?.[4]).not.toContain('2026-11-02');
    expect(rows('es')[0]?.[4]).toMatch(/2 nov/);
  });
});
