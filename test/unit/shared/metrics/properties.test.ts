import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../shared/metrics/compute-metrics';
import { metricsContext } from '../../../../shared/metrics/context';
import { winPercentage } from '../../../../shared/metrics/conversion';
import { timeInStage } from '../../../../shared/metrics/durations';
import { leadsBySource } from '../../../../shared/metrics/leads-by-source';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { tallyPeriod } from '../../../../shared/metrics/period-tally';
import { tallyProblems } from '../../../../shared/metrics/problem-tally';
import { findProblems } from '../../../../shared/metrics/problems';
import { groupFigures } from '../../../../shared/metrics/stats';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../shared/model/settings';
import { STAGE_IDS } from '../../../../shared/process/stage-list';
import { HORIZON, leadScript, ORIGIN, pipeline, playScript } from './arbitrary-pipeline';

const NOW = HORIZON;
const instant = fc.integer({ min: ORIGIN, max: HORIZON });

describe('metric properties', () => {
  it('every rate stays in [0, 1] (or is null)', () => {
    fc.assert(
      fc.property(
        pipeline,
        instant,
        instant,
        fc.constantFrom('UTC', 'Europe/Madrid', 'America/Mexico_City'),
        (data, a, b, zone) => {
          const period = resolvePeriod({ start: Math.min(a, b), end: Math.max(a, b) + 1 }, NOW, zone);
          const r = computeMetrics({ ...data, settings: DEFAULT_SETTINGS, period, now: NOW });
          const rates = [
            r.leadToOpportunity.rate,
            r.opportunityWinRate.rate,
            r.winPercentage.rate,
            r.pipelineVelocity.winRate,
            ...r.stageFunnel.stages.map((s) => s.movedOn),
            ...r.trends.winRate,
          ];
          for (const x of rates) if (x !== null) expect(x >= 0 && x <= 1).toBe(true);
          // Reached never grows along the funnel, whatever the skips.
          for (let s = 1; s < STAGE_IDS.length; s++) {
            expect(r.stageFunnel.stages[s]?.reached).toBeLessThanOrEqual(
              r.stageFunnel.stages[s - 1]?.reached as number,
            );
          }
          for (const d of [r.timeToCloseWon, r.salesCycleLength, ...Object.values(r.timeInStage)]) {
            if (d.count > 0) expect(d.meanDays as number).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('splitting a period in two adds up for counts', () => {
    fc.assert(
      fc.property(pipeline, instant, instant, instant, (data, a, b, c) => {
        const [start, mid, end] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        fc.pre(start < mid && mid < end);
        const ctx = (s: number, e: number) =>
          metricsContext({
            ...data,
            settings: DEFAULT_SETTINGS,
            period: resolvePeriod({ start: s, end: e }, NOW, 'Europe/Madrid'),
            now: NOW,
          });
        const [whole, first, second] = [ctx(start, end), ctx(start, mid), ctx(mid, end)];
        const bySource = (c: typeof whole) => leadsBySource(c.h.sources, tallyPeriod(c));
        const w = bySource(whole);
        const f = bySource(first);
        const s = bySource(second);
        expect(f.total + s.total).toBe(w.total);
        for (const src of Object.keys(w.bySource)) {
          expect((f.bySource[src] ?? 0) + (s.bySource[src] ?? 0)).toBe(w.bySource[src]);
        }
        const sumMonths = (x: typeof w) => x.months.reduce((n, m) => n + m.total, 0);
        expect(sumMonths(w)).toBe(w.total);
        expect(sumMonths(f) + sumMonths(s)).toBe(w.total);
        const win = (c: typeof whole) => winPercentage(tallyPeriod(c));
        const [wp, fp, sp] = [win(whole), win(first), win(second)];
        expect(fp.won + sp.won).toBe(wp.won);
        expect(fp.lost + sp.lost).toBe(wp.lost);
        const [wt, ft, st] = [timeInStage(whole), timeInStage(first), timeInStage(second)];
        for (const id of STAGE_IDS) expect(ft[id].count + st[id].count).toBe(wt[id].count);
      }),
      { numRuns: 150 },
    );
  });

  it('each group’s median and mean equal those of its sorted values, with the values left where they were given', () => {
    const middle = (xs: number[]): number | null => {
      const s = [...xs].sort((a, b) => a - b);
      const n = s.length;
      if (n === 0) return null;
      return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
    };
    const entry = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 1000, noNaN: true }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), fc.integer({ min: 0, max: 5 }), (xs, spare) => {
        // Buffers longer than the values, as borrowed ones are: what lies past `n` must not count.
        const values = new Float64Array(xs.length + spare).fill(-7);
        const group = new Uint8Array(xs.length + spare).fill(3);
        xs.forEach(([g, v], k) => {
          values[k] = v;
          group[k] = g;
        });
        const figures = groupFigures(5, values, group, xs.length);
        for (let g = 0; g < 5; g++) {
          const own = xs.filter(([h]) => h === g).map(([, v]) => v);
          const f = figures[g];
          expect(f?.count).toBe(own.length);
          const mid = middle(own);
          if (mid === null) expect(f?.medianDays).toBeNull();
          else expect(f?.medianDays).toBeCloseTo(mid, 9);
          if (own.length === 0) expect(f?.meanDays).toBeNull();
          else expect(f?.meanDays).toBeCloseTo(own.reduce((n, v) => n + v, 0) / own.length, 9);
        }
        const single = groupFigures(1, values, new Uint8Array(values.length), xs.length)[0];
        expect(single?.count).toBe(xs.length);
        const mid = middle(xs.map(([, v]) => v));
        if (mid === null) expect(single?.medianDays).toBeNull();
        else expect(single?.medianDays).toBeCloseTo(mid, 9);
      }),
    );
  });
});

describe('problem properties', () => {
  it('adding an unrelated lead changes no other lead’s flags', () => {
    // Capacity and stage limits out of reach: those pipeline-level findings are the only expected coupling.
    const settings = SettingsSchema.parse({ capacity: 10000 });
    fc.assert(
      fc.property(
        pipeline,
        leadScript,
        instant,
        fc.constantFrom('UTC', 'Europe/Madrid'),
        (data, extra, now, zone) => {
          const before = findProblems({ ...data, settings, now, zone });
          const added = playScript('extra', extra);
          const after = findProblems({
            leads: [...data.leads, added.lead],
            events: [...added.events, ...data.events],
            settings,
            now,
            zone,
          });
          for (const lead of data.leads)
            expect(after.byLead.get(lead.id)).toEqual(before.byLead.get(lead.id));
          expect(after.pipeline).toEqual(before.pipeline);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('only open leads are flagged, and counts match the flags', () => {
    fc.assert(
      fc.property(pipeline, instant, (data, now) => {
        // The engine trusts the latest event; two events of one lead at the same instant have no
        // "latest" but their stored order (the generator stores them reversed), so such data says
        // nothing about the record's status.
        const instants = data.events.map((e) => `${e.leadId}@${e.at}`);
        fc.pre(new Set(instants).size === instants.length);
        const p = findProblems({ ...data, settings: DEFAULT_SETTINGS, now, zone: 'UTC' });
        const status = new Map(data.leads.map((l) => [l.id, l.status]));
        for (const id of p.byLead.keys()) expect(status.get(id)).toBe('open');
        for (const problem of ['stalled', 'skipped-stages', 'low-quality'] as const) {
          const n = [...p.byLead.values()].filter((flags) => flags.some((f) => f.problem === problem)).length;
          expect(p.counts[problem]).toBe(n);
        }
        // The total is what the Problems screen's groups add up to, counted one way.
        expect(p.total).toBe(tallyProblems(p).problems);
        expect(p.total).toBeGreaterThanOrEqual(p.byLead.size + p.pipeline.length);
      }),
      { numRuns: 100 },
    );
  });
});
