import type {
  FunnelStage,
  LeadsBySourceFigure,
  MetricsReport,
  MonthBucket,
  StageFunnelFigure,
  TrendSeries,
} from '../metrics/types';
import type { Lang, StageId } from '../process/stage-list';

/**
 * The one place that shapes the engine's output for charts: each chart as a
 * spec (x labels, series, the same numbers as a table), and the spec as
 * uPlot's aligned data. Pure: labels come in through `ChartWords`.
 */
type ChartKind = 'stacked' | 'bars' | 'lines';
export type ChartUnit = 'count' | 'ratio' | 'days';

interface ChartSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

/** A column of the table alternative; `unit` decides how its cells are written. */
interface TableColumn {
  label: string;
  unit: ChartUnit;
  values: (number | null)[];
}

export interface ChartSpec {
  id: 'leads-by-source' | 'funnel' | 'win-rate' | 'cycle';
  kind: ChartKind;
  unit: ChartUnit;
  /** One label per x position, in full (table rows, legend). */
  x: string[];
  /** Shorter labels for the axis, where twelve months must fit in a popup. */
  xShort: string[];
  /** The header of the table's first column ("Month", "Stage"). */
  xTitle: string;
  series: ChartSeries[];
  /** Every column of the table alternative, the drawn series included. */
  columns: TableColumn[];
}

export interface ChartWords {
  lang: Lang;
  month: string;
  stage: string;
  total: string;
  reached: string;
  movedOn: string;
  skipped: string;
  won: string;
  lost: string;
  winRate: string;
  mean: string;
  median: string;
  source: (source: string) => string;
  stageName: (stage: StageId) => string;
}

/** "2026-03" as "Mar" (short) or "March 2026" (long), in the given language. Pure. */
export function monthLabel(key: string, lang: Lang, style: 'short' | 'long'): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  const opts: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { month: 'short', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, opts).format(Date.UTC(y, m - 1, 1));
}

function monthAxis(months: readonly MonthBucket[], lang: Lang): Pick<ChartSpec, 'x' | 'xShort'> {
  return {
    x: months.map((m) => monthLabel(m.month, lang, 'long')),
    xShort: months.map((m) => monthLabel(m.month, lang, 'short')),
  };
}

/**
 * Leads created per month of the chosen period (the months it touches, a
 * partial month counting only its days inside the period), one stacked series
 * per source, largest at the bottom: the same numbers as the figure above it.
 */
export function leadsBySourceChart(figure: LeadsBySourceFigure, words: ChartWords): ChartSpec {
  const sources = Object.entries(figure.bySource)
    .map(([source, sum]) => ({ source, sum, values: figure.months.map((m) => m.bySource[source] ?? 0) }))
    .sort((a, b) => b.sum - a.sum || a.source.localeCompare(b.source));
  const series = sources.map((s) => ({
    key: s.source,
    label: words.source(s.source),
    values: [...s.values],
  }));
  const totals = figure.months.map((m) => m.total);
  return {
    id: 'leads-by-source',
    kind: 'stacked',
    unit: 'count',
    ...monthAxis(figure.months, words.lang),
    xTitle: words.month,
    series,
    columns: [
      ...series.map((s) => ({ label: s.label, unit: 'count' as const, values: s.values })),
      { label: words.total, unit: 'count', values: totals },
    ],
  };
}

/** How many leads of the period's cohort reached each stage (skipped stages count as reached). */
export function funnelChart(funnel: StageFunnelFigure, words: ChartWords): ChartSpec {
  const stages = funnel.stages;
  const names = stages.map((s: FunnelStage) => words.stageName(s.stage));
  const reached = stages.map((s) => s.reached);
  return {
    id: 'funnel',
    kind: 'bars',
    unit: 'count',
    x: names,
    xShort: names.map((n) => (n.length > 9 ? `${n.slice(0, 8)}…` : n)),
    xTitle: words.stage,
    series: [{ key: 'reached', label: words.reached, values: reached }],
    columns: [
      { label: words.reached, unit: 'count', values: reached },
      { label: words.movedOn, unit: 'ratio', values: stages.map((s) => s.movedOn) },
      { label: words.skipped, unit: 'count', values: stages.map((s) => s.skipped) },
    ],
  };
}

/** Win percentage by month of closing; months with nothing closed are gaps, not zeros. */
export function winRateChart(trends: TrendSeries, words: ChartWords): ChartSpec {
  return {
    id: 'win-rate',
    kind: 'lines',
    unit: 'ratio',
    ...monthAxis(trends.months, words.lang),
    xTitle: words.month,
    series: [{ key: 'win-rate', label: words.winRate, values: [...trends.winRate] }],
    columns: [
      { label: words.winRate, unit: 'ratio', values: trends.winRate },
      { label: words.won, unit: 'count', values: trends.won },
      { label: words.lost, unit: 'count', values: trends.lost },
    ],
  };
}

/** Sales-cycle length (creation → close) by month of closing: mean and median. */
export function cycleChart(trends: TrendSeries, words: ChartWords): ChartSpec {
  const series = [
    { key: 'median', label: words.median, values: [...trends.cycleMedianDays] },
    { key: 'mean', label: words.mean, values: [...trends.cycleMeanDays] },
  ];
  return {
    id: 'cycle',
    kind: 'lines',
    unit: 'days',
    ...monthAxis(trends.months, words.lang),
    xTitle: words.month,
    series,
    columns: series.map((s) => ({ label: s.label, unit: 'days' as const, values: s.values })),
  };
}

/** The four charts of the metrics screen, in screen order. */
export function metricsCharts(report: MetricsReport, words: ChartWords): ChartSpec[] {
  return [
    leadsBySourceChart(report.leadsBySource, words),
    funnelChart(report.stageFunnel, words),
    winRateChart(report.trends, words),
    cycleChart(report.trends, words),
  ];
}

/** True when a chart has something to draw (otherwise the screen says so instead of an empty grid). */
export function hasData(spec: ChartSpec): boolean {
  return spec.series.some((s) => s.values.some((v) => v !== null && v !== 0));
}

/** Running sums across series, so stacked bars can be drawn as overlapping bars (uPlot does not stack). */
export function stackSeries(series: readonly ChartSeries[]): number[][] {
  const out: number[][] = [];
  series.forEach((s, i) => {
    const below = out[i - 1];
    out.push(s.values.map((v, x) => (v ?? 0) + (below ? (below[x] as number) : 0)));
  });
  return out;
}

export interface UplotShape {
  /** uPlot's aligned data: x positions first, then one array per drawn series. */
  data: [number[], ...(number | null)[][]];
  /** For each drawn series, the index of the spec series it shows. */
  order: number[];
}

/**
 * The spec as uPlot data. x is the position (0, 1, 2…), labelled by the axis.
 * Stacked: the cumulative sums, tallest first, so each smaller sum is drawn
 * over the bigger one and every source shows as its own band.
 */
export function toUplotData(spec: ChartSpec): UplotShape {
  const xs = spec.x.map((_, i) => i);
  if (spec.kind !== 'stacked') {
    return { data: [xs, ...spec.series.map((s) => [...s.values])], order: spec.series.map((_, i) => i) };
  }
  const sums = stackSeries(spec.series);
  const order = spec.series.map((_, i) => spec.series.length - 1 - i);
  return { data: [xs, ...order.map((i) => sums[i] as number[])], order };
}

/** The value range of the y axis: rates always 0–100 %, counts and days from 0 with headroom. */
export function yRange(spec: ChartSpec, shape: UplotShape): [number, number] {
  if (spec.unit === 'ratio') return [0, 1];
  let max = 0;
  for (const s of shape.data.slice(1)) for (const v of s) if (v !== null && v > max) max = v;
  return [0, max <= 0 ? 1 : Math.ceil(max * 1.1)];
}
