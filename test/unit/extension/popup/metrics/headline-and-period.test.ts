import { describe, expect, it } from 'vitest';
import { headlineCards, type Say } from '../../../../../extension/popup/metrics/headline-view';
import {
  defaultCustomRange,
  periodBounds,
  resolveChoice,
} from '../../../../../extension/popup/metrics/period-choice';
import { analyse } from '../../../../../shared/metrics/analyse';
import { resolvePeriod } from '../../../../../shared/metrics/period';
import { ANSWERS, smallPipeline } from './small-pipeline';

const NOW = Date.UTC(2026, 10, 20, 12);
/** Messages as "key(arg,arg)", so assertions see exactly what was asked for. */
const say: Say = (key, ...subs) => `${key}(${subs.join(',')})`;

describe('headline cards', () => {
  const data = smallPipeline(NOW);
  const { report } = analyse({ ...data, period: resolvePeriod('last-30', NOW, 'UTC'), now: NOW });
  const cards = headlineCards(report, { lang: 'en', say, source: (s) => s });
  const card = (id: string) => cards.find((c) => c.metric === id);

  it('show the hand-computed figures of the small pipeline', () => {
    expect(cards.map((c) => c.metric)).toEqual([
      'leads-by-source',
      'lead-to-opportunity',
      'opportunity-win-rate',
      'win-percentage',
      'time-to-close-won',
      'sales-cycle-length',
      'open-opportunities',
      'pipeline-velocity',
    ]);
    // A 30-day total, and the monthly figure as the average over the period's ~0.99 months.
    expect(card('leads-by-source')?.value).toBe(String(ANSWERS.leads));
    expect(card('leads-by-source')?.details).toEqual([
      'metricPerMonthAverage(6.1,1)',
      'email 2 · linkedin 2 · referral 1 · web 1',
    ]);
    expect(card('lead-to-opportunity')?.value).toBe(ANSWERS.leadToOpportunity);
    expect(card('lead-to-opportunity')?.details).toEqual(['metricOfLeads(4,6)']);
    expect(card('opportunity-win-rate')?.value).toBe(ANSWERS.opportunityWinRate);
    expect(card('win-percentage')?.value).toBe(ANSWERS.winPercentage);
    expect(card('win-percentage')?.details).toEqual(['metricWonLost(1,1)']);
    expect(card('time-to-close-won')?.value).toBe(ANSWERS.timeToCloseWon);
    expect(card('sales-cycle-length')?.value).toBe(ANSWERS.salesCycle);
    expect(card('sales-cycle-length')?.details).toEqual(['metricMedianMean(13 days,2)']);
    expect(card('open-opportunities')?.value).toBe(ANSWERS.openOpportunities);
    expect(card('open-opportunities')?.details).toEqual([
      `metricValueWeighted(${ANSWERS.openValue},${ANSWERS.weightedValue})`,
    ]);
    // 2 open opportunities × €1,000 average won × 50 % ÷ 13 days ≈ €77 a day.
    expect(card('pipeline-velocity')?.value).toBe('€77 per day');
  });

  it('say a recent cohort is still maturing, with how many of it are still open', () => {
    expect(card('lead-to-opportunity')?.maturing).toBe('metricMaturing(2)');
    expect(card('opportunity-win-rate')?.maturing).toBe('metricMaturing(2)');
    expect(card('win-percentage')?.maturing).toBeNull();
  });

  it('say when nothing closed instead of showing zeros', () => {
    const past = analyse({
      ...data,
      period: resolvePeriod({ start: '2025-01-01', end: '2025-01-31' }, NOW, 'UTC'),
      now: NOW,
    });
    const empty = headlineCards(past.report, { lang: 'en', say, source: (s) => s });
    expect(empty.find((c) => c.metric === 'win-percentage')?.value).toBe('—');
    expect(empty.find((c) => c.metric === 'sales-cycle-length')?.details).toEqual(['metricNoneClosed()']);
    expect(empty.find((c) => c.metric === 'leads-by-source')?.details).toEqual([]);
  });
});

describe('period choice', () => {
  it('resolves presets and custom ranges, and refuses incomplete or reversed ranges', () => {
    const preset = resolveChoice({ preset: 'this-month' }, NOW, 'UTC');
    expect(preset.ok && preset.period.start).toBe(Date.UTC(2026, 10, 1));
    const custom = resolveChoice({ preset: 'custom', start: '2026-11-01', end: '2026-11-10' }, NOW, 'UTC');
    expect(custom.ok && [custom.period.start, custom.period.end]).toEqual([
      Date.UTC(2026, 10, 1),
      Date.UTC(2026, 10, 11),
    ]);
    expect(resolveChoice({ preset: 'custom', start: '2026-11-10', end: '2026-11-01' }, NOW, 'UTC')).toEqual({
      ok: false,
      error: 'order',
    });
    expect(resolveChoice({ preset: 'custom', start: '', end: '2026-11-01' }, NOW, 'UTC')).toEqual({
      ok: false,
      error: 'missing',
    });
    expect(resolveChoice({ preset: 'custom', start: '2026-02-30', end: '2026-03-01' }, NOW, 'UTC').ok).toBe(
      false,
    );
  });

  it('starts a custom range at the last 30 days and shows a period by its first and last day', () => {
    expect(defaultCustomRange(NOW, 'UTC')).toEqual({ start: '2026-10-22', end: '2026-11-20' });
    const q = resolvePeriod('this-quarter', NOW, 'Europe/Madrid');
    expect(periodBounds(q)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
  });
});
