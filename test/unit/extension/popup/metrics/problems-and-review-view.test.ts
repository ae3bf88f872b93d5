import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../../../extension/popup/metrics/problems-view';
import {
  changeLists,
  figureLabel,
  figureRows,
  trendRows,
} from '../../../../../extension/popup/metrics/review-view';
import { analyse } from '../../../../../shared/metrics/analyse';
import { resolvePeriod } from '../../../../../shared/metrics/period';
import { diffSinceReview, snapshotForReview } from '../../../../../shared/metrics/review-diff';
import { findingText, flagText, type ProblemWords } from '../../../../../shared/present/problem-text';
import { ANSWERS, DAY, smallPipeline } from './small-pipeline';

const NOW = Date.UTC(2026, 10, 20, 12);
const text: ProblemWords = { lang: 'en', stageName: (s) => s.toUpperCase(), day: (iso) => `day ${iso}` };

function run(now = NOW, data = smallPipeline(NOW)) {
  return { data, ...analyse({ ...data, period: resolvePeriod('last-90', now, 'UTC'), now }) };
}

describe('problems list', () => {
  it('groups flagged leads by problem, with the pipeline finding under too many opportunities', () => {
    const { data, problems } = run();
    const groups = groupProblems(problems, data.leads);
    expect(groups.map((g) => [g.id, g.leads.map((l) => l.lead.id), g.findings.length])).toEqual([
      ['stalled', ANSWERS.problems.stalled, 0],
      ['skipped-stages', ANSWERS.problems['skipped-stages'], 0],
      ['too-many-opportunities', [], ANSWERS.problems.findings],
      ['low-quality', ANSWERS.problems['low-quality'], 0],
    ]);
    const [stalled, skipped, tooMany, low] = groups;
    expect(flagText(stalled?.leads[0]?.flags[0] as never, text)).toBe(
      'No move or edit for 20 days (limit 14).',
    );
    expect(flagText(skipped?.leads[0]?.flags[0] as never, text)).toBe('Skipped: INTEREST.');
    expect(flagText(low?.leads[0]?.flags[0] as never, text)).toBe(
      'Quality 2 of 5 in DECISION, this late in the pipeline.',
    );
    expect(findingText(tooMany?.findings[0] as never, text)).toBe(
      '2 open opportunities, above the capacity of 1.',
    );
  });

  it('lists the leads untouched longest first, leaves out leads no longer stored, and hides empty groups', () => {
    const { data, problems } = run();
    const d = data.leads.find((l) => l.id === 'D');
    const c = data.leads.find((l) => l.id === 'C');
    // A second stalled lead, touched more recently than D, comes after D.
    const extra = {
      ...(d as NonNullable<typeof d>),
      id: 'G',
      name: 'Lead G',
      createdAt: NOW - 16 * DAY,
      updatedAt: NOW - 16 * DAY,
      stageChangedAt: NOW - 16 * DAY,
    };
    const withG = run(NOW, {
      ...data,
      leads: [...data.leads, extra],
      events: [
        ...data.events,
        {
          leadId: 'G',
          fromStage: null,
          toStage: 'awareness',
          fromStatus: null,
          toStatus: 'open',
          at: NOW - 16 * DAY,
        },
      ],
    });
    expect(groupProblems(withG.problems, withG.data.leads)[0]?.leads.map((l) => l.lead.id)).toEqual([
      'D',
      'G',
    ]);
    const withoutC = groupProblems(
      problems,
      data.leads.filter((l) => l !== c),
    );
    expect(withoutC.map((g) => g.id)).not.toContain('skipped-stages');
  });

  it('words overdue steps, missing steps and stage limits', () => {
    expect(
      flagText({ problem: 'stalled', rule: 'next-step-overdue', stage: 'decision', due: '2026-11-01' }, text),
    ).toBe('The next step was due day 2026-11-01.');
    expect(flagText({ problem: 'stalled', rule: 'next-step-missing', stage: 'decision' }, text)).toBe(
      'An open opportunity with no next step.',
    );
    expect(
      findingText(
        { problem: 'too-many-opportunities', rule: 'stage-limit', stage: 'interest', count: 9, limit: 5 },
        text,
      ),
    ).toBe('9 open leads in INTEREST, above its limit of 5.');
  });
});

describe('review view', () => {
  it('names recorded figures by metric and part, and problem counts by problem', () => {
    expect(figureLabel('win-percentage', 'en', 'Total')).toBe('Win percentage');
    expect(figureLabel('sales-cycle-length.mean', 'en', 'Total')).toBe('Sales-cycle length (mean)');
    expect(figureLabel('open-opportunities.weighted', 'es', 'Total')).toMatch(/\(valor ponderado\)$/);
    expect(figureLabel('problems.stalled', 'en', 'Total')).toBe('Stalled');
    expect(figureLabel('problems.total', 'en', 'Problems (total)')).toBe('Problems (total)');
    expect(figureLabel('something-else', 'en', 'Total')).toBe('something-else');
  });

  it('compares against the last review: what changed, and each figure then, now and the change', () => {
    // The review was held six days ago, on the data as it was then.
    const pastData = smallPipeline(NOW);
    const cut = NOW - 6 * DAY;
    const past = analyse({
      leads: pastData.leads.filter((l) => l.createdAt <= cut),
      events: pastData.events.filter((e) => e.at <= cut),
      settings: pastData.settings,
      period: resolvePeriod('last-90', cut, 'UTC'),
      now: cut,
    });
    const snap = snapshotForReview(past.report, past.problems);
    const now = run();
    const diff = diffSinceReview({
      previous: { id: 'r1', at: cut, ...snap },
      histories: now.histories,
      events: now.data.events,
      report: now.report,
      problems: now.problems,
      reviewCadenceDays: 7,
    });
    const lists = changeLists(diff);
    // Since the review (six days ago): E was created; A was won (5 days ago); F moved
    // to Consideration at the moment of the review and to Decision 3 days ago.
    expect(lists.newLeads).toEqual(['E']);
    expect(lists.wins).toEqual(['A']);
    expect(lists.losses).toEqual([]);
    expect(lists.moves).toEqual(['F', 'F']);
    // D was 14 days idle at the review (not over the 14-day threshold), 20 now; F reached
    // Decision with quality 2 after it. C's skip was already flagged at the review.
    expect(lists.newProblems).toEqual(['D', 'F']);
    const rows = figureRows(diff.figures, 'en', 'EUR', 'Problems (total)');
    const row = (key: string) => rows.find((r) => r.key === key);
    expect(row('leads-by-source')).toMatchObject({ previous: '5', current: '6', change: '+1' });
    expect(row('win-percentage')).toMatchObject({ previous: '0%', current: '50%', change: '+50 pp' });
    expect(row('problems.total')?.label).toBe('Problems (total)');
  });

  it('gives the recent months newest first, with new leads summed over sources', () => {
    const { report } = run();
    const rows = trendRows(report.trends, 3);
    expect(rows.map((r) => r.month)).toEqual(['2026-11', '2026-10', '2026-09']);
    const total = rows.reduce((n, r) => n + r.created, 0);
    expect(total).toBe(6);
    expect(rows[0]).toMatchObject({ won: 1, lost: 1, winRate: 0.5, cycleMedianDays: 13 });
  });
});
