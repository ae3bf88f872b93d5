// Problems and the review comparison on the hand-checked dataset (reference-dataset.ts), today = 2026-03-15 in Madrid.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/metrics/analyse';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { tallyProblems } from '../../../../shared/metrics/problem-tally';
import { findProblems } from '../../../../shared/metrics/problems';
import { diffSinceReview, snapshotForReview } from '../../../../shared/metrics/review-diff';
import type { Review } from '../../../../shared/model/review';
import { EVENTS, LEADS, NOW, SETTINGS, t, ZONE } from './reference-dataset';

const period = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, ZONE);
const input = { leads: LEADS, events: EVENTS, settings: SETTINGS, period, now: NOW, zone: ZONE };

describe('problems on the reference dataset', () => {
  const p = findProblems(input);

  it('builds the per-lead map only when read, once, holding every flagged lead', () => {
    const fresh = findProblems(input);
    // An accessor: a caller that never reads byLead (the Metrics screen) never pays for the map.
    expect(typeof Object.getOwnPropertyDescriptor(fresh, 'byLead')?.get).toBe('function');
    expect(fresh.byLead).toBe(fresh.byLead);
    expect(fresh.byLead.size).toBe(fresh.flaggedLeads);
    expect(JSON.stringify([...fresh.byLead])).toBe(JSON.stringify([...p.byLead]));
  });

  it('flags exactly the expected leads with the rule that fired', () => {
    expect(Object.fromEntries(p.byLead)).toEqual({
      // Skipped Interest and never went back through it; active 5 days ago, next step due 20 March.
      L3: [{ problem: 'skipped-stages', rule: 'skipped', stage: 'consideration', stages: ['interest'] }],
      // No next step on an open opportunity. Moving back to Consideration cleared that skip; Interest is still skipped.
      // Quality 1 but only in Consideration: not the low-quality rule.
      L4: [
        { problem: 'stalled', rule: 'next-step-missing', stage: 'consideration' },
        { problem: 'skipped-stages', rule: 'skipped', stage: 'consideration', stages: ['interest'] },
      ],
      // Reopened into Decision: next step was due 1 March; quality 2 in Decision.
      L5: [
        { problem: 'stalled', rule: 'next-step-overdue', stage: 'decision', due: '2026-03-01' },
        { problem: 'low-quality', rule: 'low-quality-late', stage: 'decision', quality: 2 },
      ],
      // Untouched since 15 Jan 10:00: 59 days and 2 hours > 14.
      L8: [{ problem: 'stalled', rule: 'no-activity', stage: 'awareness', days: 59, limit: 14 }],
      // Untouched since 20 Feb 10:00: 8 + 15 = 23 days > 14 (its next step is due today: not overdue yet).
      L14: [{ problem: 'stalled', rule: 'no-activity', stage: 'decision', days: 23, limit: 14 }],
    });
  });

  it('flags the pipeline: 6 open opportunities > 3, and 3 open in Decision > 2', () => {
    expect(p.pipeline).toEqual([
      { problem: 'too-many-opportunities', rule: 'capacity', count: 6, limit: 3 },
      { problem: 'too-many-opportunities', rule: 'stage-limit', stage: 'decision', count: 3, limit: 2 },
    ]);
  });

  it('counts leads once per problem, and the total the groups add up to', () => {
    // stalled L4 L5 L8 L14; skipped L3 L4; low quality L5; two pipeline findings:
    // 5 leads, 9 problems (L4 and L5 are in two groups each).
    expect(p.counts).toEqual({
      stalled: 4,
      'skipped-stages': 2,
      'too-many-opportunities': 2,
      'low-quality': 1,
    });
    expect(p.flaggedLeads).toBe(5);
    expect(p.total).toBe(9);
    expect(tallyProblems(p)).toMatchObject({ leads: 5, problems: 9, pipeline: 2 });
  });

  it('"today" is the rep’s calendar day: at 23:30 UTC on 1 March it is already 2 March in Madrid', () => {
    const lead = {
      ...(LEADS.find((l) => l.id === 'L15') as (typeof LEADS)[number]),
      nextStepDue: '2026-03-01',
    };
    const at = t('2026-03-01T23:30');
    const events = EVENTS.filter((e) => e.leadId === 'L15');
    const inMadrid = findProblems({ leads: [lead], events, settings: SETTINGS, now: at, zone: ZONE });
    const inUtc = findProblems({ leads: [lead], events, settings: SETTINGS, now: at, zone: 'UTC' });
    expect(inMadrid.byLead.get('L15')).toEqual([
      { problem: 'stalled', rule: 'next-step-overdue', stage: 'consideration', due: '2026-03-01' },
    ]);
    expect(inUtc.byLead.has('L15')).toBe(false);
  });

  it('respects a lower stall threshold from settings', () => {
    // L16 has sat in Interest since 5 March 10:00: 10 days; with a 7-day threshold it is stalled.
    const p7 = findProblems({ ...input, settings: { ...SETTINGS, stallDays: { interest: 7 } } });
    expect(p7.byLead.get('L16')).toEqual([
      { problem: 'stalled', rule: 'no-activity', stage: 'interest', days: 10, limit: 7 },
    ]);
  });
});

describe('review comparison', () => {
  const { histories, report, problems } = analyse(input);
  const previous: Review = {
    id: 'r1',
    at: t('2026-03-01T00:00'),
    figures: { 'win-percentage': 0.5, 'open-opportunities': 4, 'pipeline-velocity': null },
    problems: { stalled: ['L8', 'L99'], 'skipped-stages': ['L3'] },
  };
  const diff = diffSinceReview({
    previous,
    histories,
    events: EVENTS,
    report,
    problems,
    reviewCadenceDays: 7,
  });

  it('lists what happened since the previous review', () => {
    expect(diff.since).toBe(previous.at);
    // Created since 1 March: L16 only; its move to Interest on 5 March is the only move.
    expect(diff.newLeads).toEqual(['L16']);
    expect(diff.moves).toEqual([
      { leadId: 'L16', from: 'awareness', to: 'interest', at: t('2026-03-05T10:00') },
    ]);
    // The last close was L13's win on 20 February.
    expect(diff.wins).toEqual([]);
    expect(diff.losses).toEqual([]);
  });

  it('finds new and resolved problems by lead id', () => {
    expect(diff.newProblems).toEqual({
      stalled: ['L4', 'L5', 'L14'],
      'skipped-stages': ['L4'],
      'too-many-opportunities': [],
      'low-quality': ['L5'],
    });
    expect(diff.resolvedProblems).toEqual({
      stalled: ['L99'],
      'skipped-stages': [],
      'too-many-opportunities': [],
      'low-quality': [],
    });
  });

  it('computes figure deltas, null when either side is unknown', () => {
    const byKey = Object.fromEntries(diff.figures.map((f) => [f.key, f]));
    expect(byKey['win-percentage']?.delta).toBeCloseTo(2 / 7 - 0.5, 12);
    expect(byKey['open-opportunities']).toEqual({
      key: 'open-opportunities',
      previous: 4,
      current: 6,
      delta: 2,
    });
    expect(byKey['pipeline-velocity']?.delta).toBeNull();
    expect(byKey['problems.total']).toEqual({
      key: 'problems.total',
      previous: null,
      current: 9,
      delta: null,
    });
  });

  it('a first review looks back one cadence', () => {
    const first = diffSinceReview({
      previous: null,
      histories,
      events: EVENTS,
      report,
      problems,
      reviewCadenceDays: 14,
    });
    // 15 March 12:00 − 14 days = 1 March 12:00: L16 (1 March 10:00) is older than that; its move on 5 March is not.
    expect(first.since).toBe(t('2026-03-01T12:00'));
    expect(first.newLeads).toEqual([]);
    expect(first.moves).toHaveLength(1);
    expect(first.newProblems.stalled).toEqual(['L4', 'L5', 'L8', 'L14']);
  });

  it('records a snapshot the review schema accepts and the next diff reads', () => {
    const snap = snapshotForReview(report, problems);
    expect(snap.figures['win-percentage']).toBe(2 / 7);
    expect(snap.figures['open-opportunities.weighted']).toBe(17025);
    expect(snap.figures['problems.too-many-opportunities']).toBe(2);
    expect(snap.problems).toEqual({
      stalled: ['L4', 'L5', 'L8', 'L14'],
      'skipped-stages': ['L3', 'L4'],
      'too-many-opportunities': [],
      'low-quality': ['L5'],
    });
    const next = diffSinceReview({
      previous: { id: 'r2', at: NOW, ...snap },
      histories,
      events: EVENTS,
      report,
      problems,
      reviewCadenceDays: 7,
    });
    expect(Object.values(next.newProblems).flat()).toEqual([]);
    expect(next.figures.every((f) => f.delta === 0 || (f.current === null && f.delta === null))).toBe(true);
  });
});
