// Every expected number below was worked out by hand from reference-dataset.ts; the comments show the arithmetic.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../shared/metrics/compute-metrics';
import { metricsContext } from '../../../../shared/metrics/context';
import { leadToOpportunity } from '../../../../shared/metrics/conversion';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { tallyPeriod } from '../../../../shared/metrics/period-tally';
import { EVENTS, LEADS, NOW, SETTINGS, t, ZONE } from './reference-dataset';

// January 2026 in Madrid: [2025-12-31T23:00Z, 2026-01-31T23:00Z).
const period = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, ZONE);
const input = { leads: LEADS, events: EVENTS, settings: SETTINGS, period, now: NOW, trendMonths: 3 };
const r = computeMetrics(input);

describe('reference dataset, January 2026 in Madrid', () => {
  it('resolves the period in the rep’s zone', () => {
    expect(period.start).toBe(t('2025-12-31T23:00'));
    expect(period.end).toBe(t('2026-01-31T23:00'));
  });

  it('leads by source: the January cohort', () => {
    // Created in January (Madrid): L1 L2 L3 L4 L6 L7 L8 L9 L11 L13 L15 L17 L20 = 13.
    // Not: L5 L12 (earlier), L10 (1 Feb 00:30 Madrid), L14 L16 (later).
    // linkedin L1 L8 L13 L15; email L2 L9; referral L3 L7; web L4 L11 L17; manual L6; import L20.
    const bySource = { linkedin: 4, email: 2, referral: 2, web: 3, manual: 1, import: 1 };
    expect(r.leadsBySource.total).toBe(13);
    expect(r.leadsBySource.bySource).toEqual(bySource);
    expect(r.leadsBySource.months).toEqual([
      { month: '2026-01', start: period.start, end: period.end, total: 13, bySource },
    ]);
  });

  it('lead → opportunity: 8 of the 13 reached Consideration or later', () => {
    // Reached: L1 L7 L13 (won), L2 L4 L20 (Decision; L4 by a skip, L20 created there), L3 L15 (Consideration).
    // Not: L6 (Interest), L8 L9 L11 L17 (Awareness); of those L8 and L9 are still open.
    expect(r.leadToOpportunity).toMatchObject({ numerator: 8, denominator: 13, rate: 8 / 13, stillOpen: 2 });
    // Days creation → opportunity over all leads: 0 2 3 3 4 5 7 10 10 10 15 → median 5, floor 30 days.
    // 42.5 days have passed since 31 Jan 23:00 UTC: the cohort has matured.
    expect(r.leadToOpportunity).toMatchObject({ maturityDays: 30, maturing: false });
  });

  it('the same cohort is still maturing three weeks after the period', () => {
    // 2026-02-20 12:00 − 2026-01-31 23:00 = 19.5 days < 30.
    const earlyCtx = metricsContext({ ...input, now: t('2026-02-20T12:00') });
    const early = leadToOpportunity(earlyCtx, tallyPeriod(earlyCtx));
    expect(early.maturing).toBe(true);
  });

  it('opportunity → won: 3 of the 8 opportunities opened in January', () => {
    // Opened in January: L1 (15th) L2 (9th) L3 (12th) L4 (22nd) L7 (22nd, from its fields) L13 (28th)
    // L15 (21st) L20 (26th, created in Decision). Won: L1 L7 L13 (won in Feb still counts). Lost: L2.
    // L5 opened in December: not in this cohort.
    expect(r.opportunityWinRate).toMatchObject({
      numerator: 3,
      denominator: 8,
      rate: 3 / 8,
      won: 3,
      lost: 1,
      stillOpen: 4,
    });
    // Days opportunity → close: L7 0, L1 10, L2 20, L13 23, L12 41 → median 20 → window 30 days.
    expect(r.opportunityWinRate).toMatchObject({ maturityDays: 30, maturing: false });
  });

  it('win percentage counts the latest close only', () => {
    // Won in January: L1 (25th), L7 (22nd). L5 won on the 10th but was reopened; L13 won in February.
    // Lost in January: L2 L6 L11 L12 L17. 2 ÷ (2 + 5).
    expect(r.winPercentage).toEqual({ won: 2, lost: 5, numerator: 2, denominator: 7, rate: 2 / 7 });
  });

  it('time to close a won deal', () => {
    // L1: 5 → 25 Jan = 20 days; L7: 12 → 22 Jan = 10 days. Mean 15, median 15.
    expect(r.timeToCloseWon).toEqual({ count: 2, meanDays: 15, medianDays: 15 });
  });

  it('sales-cycle length over won and lost', () => {
    // L1 20, L7 10, L2 27 (2 → 29 Jan), L6 27 (3 → 30 Jan), L11 5, L12 56 (20 Nov → 15 Jan: 10 + 31 + 15), L17 10.
    // Sum 155 over 7; sorted 5 10 10 20 27 27 56 → median 20.
    expect(r.salesCycleLength.count).toBe(7);
    expect(r.salesCycleLength.meanDays).toBeCloseTo(155 / 7, 9);
    expect(r.salesCycleLength.medianDays).toBe(20);
  });

  it('open opportunities now', () => {
    // Open at Consideration or later: L3 (8000) L4 (2500) L15 (3000 USD) in Consideration; L5 (20000) L14 (4000) L20 (no value) in Decision.
    // EUR total 8000 + 2500 + 20000 + 4000 = 34500. Weighted: 10500 × 0.25 + 24000 × 0.6 = 2625 + 14400 = 17025.
    const o = r.openOpportunities;
    expect(o).toMatchObject({
      count: 6,
      totalValue: 34500,
      weightedValue: 17025,
      currency: 'EUR',
      withoutValue: 1,
    });
    expect(o.otherCurrencies).toEqual({ USD: { count: 1, value: 3000 } });
    expect(o.byStage.consideration).toEqual({ count: 3, value: 10500, weightedValue: 2625 });
    expect(o.byStage.decision).toEqual({ count: 3, value: 24000, weightedValue: 14400 });
    expect(o.byStage.awareness.count + o.byStage.interest.count + o.byStage.purchase.count).toBe(0);
  });

  it('stage funnel: skipped stages count as passed, skips reported apart', () => {
    // Furthest stage of the 13: purchase L1 L7 L13; decision L2 L4 L20; consideration L3 L15; interest L6;
    // awareness L8 L9 L11 L17. Reached: 13, 9, 8, 6, 3.
    const f = r.stageFunnel;
    expect(f.cohort).toBe(13);
    expect(f.stages.map((s) => s.reached)).toEqual([13, 9, 8, 6, 3]);
    expect(f.stages.map((s) => s.movedOn)).toEqual([9 / 13, 8 / 9, 6 / 8, 3 / 6, null]);
    // L3 skipped Interest; L4 skipped Interest and Consideration. L20 was created in Decision: no skip.
    expect(f.stages.map((s) => s.skipped)).toEqual([0, 2, 1, 0, 0]);
    expect(f.skips).toEqual({ leads: 2, moves: 2 });
    // Lost in January: L11 L17 in Awareness, L6 Interest, L12 Consideration, L2 Decision.
    expect(f.lostByStage).toEqual({ awareness: 2, interest: 1, consideration: 1, decision: 1, purchase: 0 });
    // One each; L6's first reason ("No reply") was replaced by its last close; L17 gave none (listed last).
    expect(f.lostReasons).toEqual([
      { reason: 'Bad timing', count: 1 },
      { reason: 'Chose a competitor', count: 1 },
      { reason: 'Not a fit', count: 1 },
      { reason: 'Price', count: 1 },
      { reason: null, count: 1 },
    ]);
  });

  it('time in stage from stays that ended in January', () => {
    // Awareness: L1 5, L2 2, L3 4, L4 2, L6 3 and 2 (before and after reopening), L11 5, L13 1, L15 1, L17 10
    // → 10 stays, sum 35, mean 3.5; sorted 1 1 2 2 2 3 4 5 5 10 → median 2.5.
    expect(r.timeInStage.awareness).toEqual({ count: 10, meanDays: 3.5, medianDays: 2.5 });
    // Interest: L1 5, L2 5, L6 21, L13 2, L15 2 → sum 35, mean 7, median 5.
    expect(r.timeInStage.interest).toEqual({ count: 5, meanDays: 7, medianDays: 5 });
    // Consideration: L1 5, L2 10, L12 41 (5 Dec → 15 Jan) → mean 56/3, median 10.
    expect(r.timeInStage.consideration.count).toBe(3);
    expect(r.timeInStage.consideration.meanDays).toBeCloseTo(56 / 3, 9);
    expect(r.timeInStage.consideration.medianDays).toBe(10);
    // Decision: L1 5, L2 10, L5 13 (28 Dec → won 10 Jan). L4's stay ended 1 Feb, L5's second one is running.
    expect(r.timeInStage.decision.count).toBe(3);
    expect(r.timeInStage.decision.meanDays).toBeCloseTo(28 / 3, 9);
    expect(r.timeInStage.decision.medianDays).toBe(10);
    expect(r.timeInStage.purchase).toEqual({ count: 0, meanDays: null, medianDays: null });
  });

  it('pipeline velocity', () => {
    // 6 open × average won value (L1 10000, L7 6000 → 8000) × 2/7 ÷ (155/7 days) = 96000 / 155.
    const v = r.pipelineVelocity;
    expect(v).toMatchObject({ openOpportunities: 6, averageWonValue: 8000, winRate: 2 / 7, currency: 'EUR' });
    expect(v.cycleDays).toBeCloseTo(155 / 7, 9);
    expect(v.valuePerDay).toBeCloseTo(96000 / 155, 6);
  });

  it('monthly trends for November 2025 – January 2026', () => {
    const tr = r.trends;
    expect(tr.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01']);
    // Closes: none in Nov or Dec; January 2 won and 5 lost (L5's win on 10 Jan was undone by its reopening).
    expect(tr.won).toEqual([0, 0, 2]);
    expect(tr.lost).toEqual([0, 0, 5]);
    expect(tr.winRate).toEqual([null, null, 2 / 7]);
    expect(tr.cycleMedianDays).toEqual([null, null, 20]);
    expect(tr.cycleMeanDays[2]).toBeCloseTo(155 / 7, 9);
    // Created: L12 (Nov, linkedin), L5 (Dec, linkedin); L11 is a January lead in Madrid.
    expect(tr.leadsBySource).toEqual({
      linkedin: [1, 1, 4],
      email: [0, 0, 2],
      referral: [0, 0, 2],
      web: [0, 0, 3],
      manual: [0, 0, 1],
      import: [0, 0, 1],
    });
  });

  it('the same leads in UTC put L10 in January and L11 in December', () => {
    const utc = computeMetrics({
      ...input,
      period: resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, 'UTC'),
    });
    // Cohort 13 − L11 + L10 = 13; email gains L10 (3), web loses L11 (2).
    expect(utc.leadsBySource.total).toBe(13);
    expect(utc.leadsBySource.bySource).toMatchObject({ email: 3, web: 2 });
  });
});
