import { describe, expect, it } from 'vitest';
import { metricsContext } from '../../../../shared/metrics/context';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { tallyPeriod } from '../../../../shared/metrics/period-tally';
import { rate } from '../../../../shared/metrics/stats';
import { whyBuy } from '../../../../shared/metrics/why-buy';
import type { Lead, LeadStatus } from '../../../../shared/model/lead';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import type { StageEvent } from '../../../../shared/model/stage-event';
import type { StageId } from '../../../../shared/process/stage-list';

const t = (iso: string) => Date.parse(`${iso}T12:00Z`);
const NOW = t('2026-03-01');
const PERIOD = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, 'UTC');

type Step = [at: string, from: StageId | null, to: StageId, status: LeadStatus];
function lead(id: string, steps: Step[], over: Partial<Lead> = {}): { lead: Lead; events: StageEvent[] } {
  const events = steps.map(
    ([at, from, to, status], i): StageEvent => ({
      leadId: id,
      fromStage: from,
      toStage: to,
      fromStatus: i === 0 ? null : 'open',
      toStatus: status,
      at: t(at),
    }),
  );
  const last = events[events.length - 1] as StageEvent;
  return {
    lead: {
      id,
      kind: 'person',
      name: id,
      source: 'manual',
      currency: 'EUR',
      stage: last.toStage,
      status: last.toStatus,
      createdAt: t(steps[0]?.[0] as string),
      updatedAt: last.at,
      stageChangedAt: last.at,
      ...over,
    },
    events,
  };
}

// The opportunity stage is Consideration (the default). Period: January 2026, UTC.
const DATA = [
  // A: opportunity on Jan 5, won Jan 20.
  lead(
    'A',
    [
      ['2025-12-20', null, 'awareness', 'open'],
      ['2026-01-05', 'awareness', 'consideration', 'open'],
      ['2026-01-20', 'consideration', 'purchase', 'won'],
    ],
    { painPointIds: ['manual-reporting', 'slow-onboarding'], decisionHelperIds: ['demo', 'case-study'] },
  ),
  // B: an opportunity from its creation on Jan 2, lost there on Jan 25 for Price.
  lead(
    'B',
    [
      ['2026-01-02', null, 'consideration', 'open'],
      ['2026-01-25', 'consideration', 'consideration', 'lost'],
    ],
    { painPointIds: ['manual-reporting'], decisionHelperIds: ['demo'], lostReason: 'Price' },
  ),
  // C: opportunity on Jan 10, still open.
  lead(
    'C',
    [
      ['2026-01-03', null, 'awareness', 'open'],
      ['2026-01-10', 'awareness', 'consideration', 'open'],
    ],
    { painPointIds: ['manual-reporting'] },
  ),
  // D: lost in Awareness on Jan 6, "Not a fit"; nothing picked.
  lead(
    'D',
    [
      ['2026-01-04', null, 'awareness', 'open'],
      ['2026-01-06', 'awareness', 'awareness', 'lost'],
    ],
    { lostReason: 'Not a fit' },
  ),
  // E: lost in Interest on Jan 15 without a reason; a pricing sheet was sent.
  lead(
    'E',
    [
      ['2026-01-05', null, 'interest', 'open'],
      ['2026-01-15', 'interest', 'interest', 'lost'],
    ],
    { decisionHelperIds: ['pricing-sheet'] },
  ),
  // F: opportunity since November (outside the period), won Jan 12: counts for helpers, not pains.
  lead(
    'F',
    [
      ['2025-11-01', null, 'consideration', 'open'],
      ['2025-12-01', 'consideration', 'decision', 'open'],
      ['2026-01-12', 'decision', 'purchase', 'won'],
    ],
    { painPointIds: ['slow-onboarding'] },
  ),
  // G: everything in February: outside the period.
  lead(
    'G',
    [
      ['2026-02-03', null, 'consideration', 'open'],
      ['2026-02-10', 'consideration', 'purchase', 'won'],
    ],
    { painPointIds: ['manual-reporting'], decisionHelperIds: ['demo'] },
  ),
];

const tallyOf = (input: Parameters<typeof metricsContext>[0]) => tallyPeriod(metricsContext(input));

const figure = (data = DATA) =>
  whyBuy(
    tallyOf({
      leads: data.map((d) => d.lead),
      events: data.flatMap((d) => d.events),
      settings: DEFAULT_SETTINGS,
      period: PERIOD,
      now: NOW,
    }),
  );

/** A share as the engine gives it: the rate with its counts. */
const share = rate;

describe('whyBuy, by hand', () => {
  const f = figure();

  it('pain points: the opportunities opened in January (A, B, C) and each one’s win rate', () => {
    // Opened in January: A (Jan 5), B (Jan 2), C (Jan 10) = 3, all with a pain point. F opened in
    // November and G in February. Won among the three: A only → 1/3.
    // manual-reporting: A won, B lost, C open → 3 opportunities, 1 won, 1 lost, win rate 1/3.
    // slow-onboarding: A → 1 opportunity, 1 won, win rate 1/1.
    expect(f.painPoints).toEqual({
      opportunities: 3,
      tagged: 3,
      winRate: share(1, 3),
      rows: [
        { id: 'manual-reporting', opportunities: 3, won: 1, lost: 1, winRate: share(1, 3) },
        { id: 'slow-onboarding', opportunities: 1, won: 1, lost: 0, winRate: share(1, 1) },
      ],
    });
  });

  it('decision helpers: shares of the deals won (A, F) and lost (B, D, E) in January', () => {
    // Won in January: A (Jan 20), F (Jan 12) = 2. Lost: D (Jan 6), E (Jan 15), B (Jan 25) = 3.
    // demo: won A → 1/2, lost B → 1/3. case-study: won A → 1/2, lost none → 0/3.
    // pricing-sheet: won none → 0/2, lost E → 1/3. Nothing picked: won F → 1, lost D → 1.
    // Order: most present in won deals, then in lost ones, then by id.
    expect(f.decisionHelpers).toEqual({
      won: 2,
      lost: 3,
      wonWithout: 1,
      lostWithout: 1,
      rows: [
        { id: 'demo', won: share(1, 2), lost: share(1, 3) },
        { id: 'case-study', won: share(1, 2), lost: share(0, 3) },
        { id: 'pricing-sheet', won: share(0, 2), lost: share(1, 3) },
      ],
    });
  });

  it('lost reasons by the stage where the deal was lost', () => {
    // D in Awareness (Not a fit), E in Interest (no reason), B in Consideration (Price): 1/3 each.
    expect(f.lostByStage).toEqual([
      { stage: 'awareness', lost: 1, share: 1 / 3, reasons: [{ reason: 'Not a fit', count: 1 }] },
      { stage: 'interest', lost: 1, share: 1 / 3, reasons: [{ reason: null, count: 1 }] },
      { stage: 'consideration', lost: 1, share: 1 / 3, reasons: [{ reason: 'Price', count: 1 }] },
    ]);
  });

  it('an id listed twice on one lead counts once (data from before the schema refused it)', () => {
    const [a] = DATA as [(typeof DATA)[number]];
    const twice = {
      ...a.lead,
      painPointIds: ['manual-reporting', 'manual-reporting'],
      decisionHelperIds: ['demo', 'demo'],
    };
    const g = whyBuy(
      tallyOf({
        leads: [twice],
        events: a.events,
        settings: DEFAULT_SETTINGS,
        period: PERIOD,
        now: NOW,
      }),
    );
    expect(g.painPoints.rows).toEqual([
      { id: 'manual-reporting', opportunities: 1, won: 1, lost: 0, winRate: rate(1, 1) },
    ]);
    expect(g.decisionHelpers.rows.map((r) => [r.id, r.won.numerator])).toEqual([['demo', 1]]);
  });
});
