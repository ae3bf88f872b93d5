import { describe, expect, it } from 'vitest';
import {
  type ChartWords,
  cycleChart,
  funnelChart,
  hasData,
  leadsBySourceChart,
  metricsCharts,
  monthLabel,
  stackSeries,
  toUplotData,
  winRateChart,
  yRange,
} from '../../../../shared/chart/chart-data';
import { chartOptions, labelledPositions } from '../../../../shared/chart/uplot-options';
import { analyse } from '../../../../shared/metrics/analyse';
import { resolvePeriod } from '../../../../shared/metrics/period';
import type { LeadsBySourceFigure, TrendSeries } from '../../../../shared/metrics/types';
import { smallPipeline } from '../../extension/popup/metrics/small-pipeline';

const NOW = Date.UTC(2026, 10, 20, 12);
const words: ChartWords = {
  lang: 'en',
  month: 'Month',
  stage: 'Stage',
  total: 'Total',
  reached: 'Reached',
  movedOn: 'Moved on',
  skipped: 'Skipped',
  won: 'Won',
  lost: 'Lost',
  winRate: 'Win %',
  mean: 'Mean',
  median: 'Median',
  source: (s) => s.toUpperCase(),
  stageName: (s) => `Stage ${s}`,
};

function trends(over: Partial<TrendSeries> = {}): TrendSeries {
  const months = ['2026-09', '2026-10', '2026-11'].map((month, i) => ({ month, start: i, end: i + 1 }));
  return {
    months,
    winRate: [null, 0.5, 1],
    won: [0, 1, 2],
    lost: [0, 1, 0],
    cycleMeanDays: [null, 10, 20],
    cycleMedianDays: [null, 9, 18],
    leadsBySource: { web: [1, 0, 2], linkedin: [3, 4, 5] },
    ...over,
  };
}

/** The figure behind trends()'s leadsBySource: the same counts, per month of the period. */
function bySource(
  series: Record<string, number[]> = { web: [1, 0, 2], linkedin: [3, 4, 5] },
): LeadsBySourceFigure {
  const months = trends().months.map((m, i) => {
    const counts = Object.fromEntries(
      Object.entries(series).flatMap(([s, v]) => ((v[i] ?? 0) > 0 ? [[s, v[i] as number]] : [])),
    );
    return { ...m, total: Object.values(counts).reduce((a, b) => a + b, 0), bySource: counts };
  });
  const totals = Object.fromEntries(
    Object.entries(series).map(([s, v]) => [s, v.reduce((a, b) => a + b, 0)]),
  );
  return { total: months.reduce((n, m) => n + m.total, 0), bySource: totals, months };
}

describe('monthLabel', () => {
  it('writes months short for axes and long for tables, in the UI language', () => {
    expect(monthLabel('2026-03', 'en', 'short')).toBe('Mar');
    expect(monthLabel('2026-03', 'en', 'long')).toBe('March 2026');
    expect(monthLabel('2026-03', 'es', 'long')).toMatch(/^marzo/);
    expect(monthLabel('nonsense', 'en', 'short')).toBe('nonsense');
  });
});

describe('leads by source', () => {
  it('puts the biggest source first, keeps the raw counts and adds a total column', () => {
    const spec = leadsBySourceChart(bySource(), words);
    expect(spec.kind).toBe('stacked');
    expect(spec.series.map((s) => [s.key, s.label, s.values])).toEqual([
      ['linkedin', 'LINKEDIN', [3, 4, 5]],
      ['web', 'WEB', [1, 0, 2]],
    ]);
    expect(spec.columns.map((c) => c.label)).toEqual(['LINKEDIN', 'WEB', 'Total']);
    expect(spec.columns[2]?.values).toEqual([4, 4, 7]);
    expect(spec.x).toEqual(['September 2026', 'October 2026', 'November 2026']);
    expect(spec.xShort).toEqual(['Sep', 'Oct', 'Nov']);
  });

  it('stacks as running sums, drawn tallest first so every band shows', () => {
    const spec = leadsBySourceChart(bySource(), words);
    expect(stackSeries(spec.series)).toEqual([
      [3, 4, 5],
      [4, 4, 7],
    ]);
    const shape = toUplotData(spec);
    expect(shape.order).toEqual([1, 0]);
    expect(shape.data).toEqual([
      [0, 1, 2],
      [4, 4, 7],
      [3, 4, 5],
    ]);
    expect(yRange(spec, shape)).toEqual([0, 8]);
  });
});

describe('funnel', () => {
  it('charts how many reached each stage and tabulates moved-on shares and skips', () => {
    const data = smallPipeline(NOW);
    const { report } = analyse({ ...data, period: resolvePeriod('last-30', NOW, 'UTC'), now: NOW });
    const spec = funnelChart(report.stageFunnel, words);
    // Hand count: all 6 were in Awareness; A, B, C (by a skip) and F passed Interest and
    // reached Consideration; A and F reached Decision; A was won.
    expect(spec.series[0]?.values).toEqual([6, 4, 4, 2, 1]);
    expect(spec.columns.map((c) => [c.label, c.unit])).toEqual([
      ['Reached', 'count'],
      ['Moved on', 'ratio'],
      ['Skipped', 'count'],
    ]);
    expect(spec.columns[1]?.values).toEqual([4 / 6, 1, 0.5, 0.5, null]);
    expect(spec.columns[2]?.values).toEqual([0, 1, 0, 0, 0]);
    expect(spec.x[0]).toBe('Stage awareness');
    expect(spec.xShort[2]).toBe('Stage co…');
    expect(toUplotData(spec).data).toEqual([
      [0, 1, 2, 3, 4],
      [6, 4, 4, 2, 1],
    ]);
  });
});

describe('win rate and cycle', () => {
  it('leave months with nothing closed as gaps, not zeros', () => {
    const win = winRateChart(trends(), words);
    expect(win.series[0]?.values).toEqual([null, 0.5, 1]);
    expect(win.columns.map((c) => c.values)).toEqual([
      [null, 0.5, 1],
      [0, 1, 2],
      [0, 1, 0],
    ]);
    expect(yRange(win, toUplotData(win))).toEqual([0, 1]);
    const cycle = cycleChart(trends(), words);
    expect(cycle.series.map((s) => s.label)).toEqual(['Median', 'Mean']);
    expect(toUplotData(cycle).data).toEqual([
      [0, 1, 2],
      [null, 9, 18],
      [null, 10, 20],
    ]);
  });

  it('knows when there is nothing to draw', () => {
    const empty = trends({ winRate: [null, null, null], leadsBySource: {} });
    const none = bySource({});
    expect(hasData(winRateChart(empty, words))).toBe(false);
    expect(hasData(leadsBySourceChart(none, words))).toBe(false);
    expect(hasData(winRateChart(trends(), words))).toBe(true);
    expect(yRange(leadsBySourceChart(none, words), toUplotData(leadsBySourceChart(none, words)))).toEqual([
      0, 1,
    ]);
  });
});

describe('the four charts of a report', () => {
  it('come in screen order; leads by source covers the chosen period, the trends twelve months', () => {
    const data = smallPipeline(NOW);
    const { report } = analyse({ ...data, period: resolvePeriod('last-30', NOW, 'UTC'), now: NOW });
    const specs = metricsCharts(report, words);
    expect(specs.map((s) => s.id)).toEqual(['leads-by-source', 'funnel', 'win-rate', 'cycle']);
    const bySource = specs[0];
    // The last 30 days up to 20 November touch October and November only.
    expect(bySource?.x).toEqual(['October 2026', 'November 2026']);
    expect(specs[2]?.x).toHaveLength(12);
    const quarter = analyse({ ...data, period: resolvePeriod('this-quarter', NOW, 'UTC'), now: NOW }).report;
    expect(metricsCharts(quarter, words)[0]?.xShort).toEqual(['Oct', 'Nov', 'Dec']);
    // Every lead was created in the last three weeks: October and November 2026 only.
    const total = bySource?.columns.at(-1)?.values ?? [];
    expect(total.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(6);
  });
});

describe('uPlot options', () => {
  it('thin month labels to every other one in the popup, ending on the latest', () => {
    expect(labelledPositions(12, 380)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelledPositions(12, 700)).toHaveLength(12);
    expect(labelledPositions(5, 380)).toEqual([0, 1, 2, 3, 4]);
  });

  it('give one drawn series per spec series, sized for the container', () => {
    const spec = leadsBySourceChart(bySource(), words);
    const opts = chartOptions(spec, toUplotData(spec), { width: 380, ink: '#000', format: String });
    expect(opts.width).toBe(380);
    expect(opts.height).toBe(150);
    expect(opts.series.slice(1).map((s) => s.label)).toEqual(['WEB', 'LINKEDIN']);
    const wide = chartOptions(spec, toUplotData(spec), { width: 800, ink: '#000', format: String });
    expect(wide.height).toBe(220);
  });
});

describe('stackSeries', () => {
  it('turns series into cumulative sums, treating gaps as zero', () => {
    expect(
      stackSeries([
        { key: 'a', label: 'a', values: [1, null, 2] },
        { key: 'b', label: 'b', values: [3, 4, null] },
      ]),
    ).toEqual([
      [1, 0, 2],
      [4, 4, 2],
    ]);
  });
});
