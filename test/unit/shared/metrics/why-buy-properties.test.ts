import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricsContext } from '../../../../shared/metrics/context';
import { opportunityWinRate, winPercentage } from '../../../../shared/metrics/conversion';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { tallyPeriod } from '../../../../shared/metrics/period-tally';
import { whyBuy } from '../../../../shared/metrics/why-buy';
import type { Lead } from '../../../../shared/model/lead';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { HORIZON, leadScript, ORIGIN, pipeline, playScript } from './arbitrary-pipeline';

const NOW = HORIZON;
const instant = fc.integer({ min: ORIGIN, max: HORIZON });
const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 });
/** A random pipeline whose leads carry random picks (or none). */
const tagged = pipeline.chain((data) =>
  fc
    .array(
      fc.record({ pains: fc.option(ids, { nil: undefined }), helpers: fc.option(ids, { nil: undefined }) }),
      {
        minLength: data.leads.length,
        maxLength: data.leads.length,
      },
    )
    .map((tags) => ({
      events: data.events,
      leads: data.leads.map(
        (l, i): Lead => ({ ...l, painPointIds: tags[i]?.pains, decisionHelperIds: tags[i]?.helpers }),
      ),
    })),
);

const ctxFor = (
  data: { leads: Lead[]; events: Parameters<typeof metricsContext>[0]['events'] },
  a: number,
  b: number,
) =>
  metricsContext({
    ...data,
    settings: DEFAULT_SETTINGS,
    period: resolvePeriod({ start: Math.min(a, b), end: Math.max(a, b) + 1 }, NOW, 'UTC'),
    now: NOW,
  });

const tallyOf = (...args: Parameters<typeof ctxFor>) => tallyPeriod(ctxFor(...args));

describe('whyBuy properties', () => {
  it('shares add up: every row is out of the same totals, and losses by stage sum to all losses', () => {
    fc.assert(
      fc.property(tagged, instant, instant, (data, a, b) => {
        const ctx = ctxFor(data, a, b);
        const tally = tallyPeriod(ctx);
        const f = whyBuy(tally);
        const win = winPercentage(tally);
        const opp = opportunityWinRate(ctx, tally);
        // Same cohorts as the headline figures.
        expect([f.decisionHelpers.won, f.decisionHelpers.lost]).toEqual([win.won, win.lost]);
        expect(f.painPoints.opportunities).toBe(opp.denominator);
        expect(f.painPoints.winRate.numerator).toBe(opp.won);
        expect(f.painPoints.tagged).toBeLessThanOrEqual(f.painPoints.opportunities);
        for (const r of f.painPoints.rows) {
          expect(r.won + r.lost).toBeLessThanOrEqual(r.opportunities);
          expect(r.opportunities).toBeLessThanOrEqual(f.painPoints.tagged);
        }
        const d = f.decisionHelpers;
        for (const r of d.rows) {
          expect(r.won.denominator).toBe(d.won);
          expect(r.lost.denominator).toBe(d.lost);
          // A helper's share plus the deals without it is the whole.
          expect(r.won.numerator + d.wonWithout).toBeLessThanOrEqual(d.won);
          expect(r.lost.numerator + d.lostWithout).toBeLessThanOrEqual(d.lost);
        }
        // Every won deal is either without helpers or counted under at least one.
        const wonCounted = d.rows.reduce((n, r) => n + r.won.numerator, 0);
        expect(wonCounted + d.wonWithout).toBeGreaterThanOrEqual(d.won);
        const lostTotal = f.lostByStage.reduce((n, s) => n + s.lost, 0);
        expect(lostTotal).toBe(win.lost);
        if (lostTotal > 0) expect(f.lostByStage.reduce((x, s) => x + s.share, 0)).toBeCloseTo(1, 9);
        for (const s of f.lostByStage) expect(s.reasons.reduce((n, r) => n + r.count, 0)).toBe(s.lost);
      }),
      { numRuns: 150 },
    );
  });

  it('a lead without tags changes no row, only the totals', () => {
    fc.assert(
      fc.property(tagged, leadScript, instant, instant, (data, script, a, b) => {
        const extra = playScript('untagged', script);
        const before = whyBuy(tallyPeriod(ctxFor(data, a, b)));
        const after = whyBuy(
          tallyOf({ leads: [...data.leads, extra.lead], events: [...data.events, ...extra.events] }, a, b),
        );
        expect(after.painPoints.rows.map(({ winRate: _, ...r }) => r)).toEqual(
          before.painPoints.rows.map(({ winRate: _, ...r }) => r),
        );
        expect(after.painPoints.tagged).toBe(before.painPoints.tagged);
        expect(after.decisionHelpers.rows.map((r) => [r.id, r.won.numerator, r.lost.numerator])).toEqual(
          before.decisionHelpers.rows.map((r) => [r.id, r.won.numerator, r.lost.numerator]),
        );
      }),
      { numRuns: 150 },
    );
  });
});
