import uPlot from 'uplot';
import { el } from './dom';

const PALETTE = ['#0b5cad', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#a05a00', '#0c7a8a', '#5c940d'];

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

interface ChartSpec {
  id: string;
  title: string;
  /** One label per x position (months or stages), for the legend. */
  labels: string[];
  /** Shorter labels for the axis, where twelve months must fit side by side. */
  axisLabels?: string[];
  /** What the x positions are ("Month", "Stage"): the legend's first row. */
  xLabel: string;
  series: ChartSeries[];
  kind: 'bars' | 'stacked' | 'lines';
  format: (v: number) => string;
  /** The same numbers as a table: the chart's alternative for screen readers and for print. */
  table: HTMLElement;
  showTableLabel: string;
}

/** Cumulative sums, so stacked bars can be drawn as overlapping bars (uPlot has no stacking). */
export function stack(series: ChartSeries[]): number[][] {
  const out: number[][] = [];
  series.forEach((s, i) => {
    out.push(s.values.map((v, x) => (v ?? 0) + (i > 0 ? ((out[i - 1] as number[])[x] as number) : 0)));
  });
  return out;
}

function plot(spec: ChartSpec, host: HTMLElement, width: number): void {
  const xs = spec.labels.map((_, i) => i);
  const ink = getComputedStyle(document.body).color || '#1d2430';
  const stacked = spec.kind === 'stacked';
  const raw = spec.series;
  // Stacked: draw the tallest (cumulative) bar first, smaller sums over it.
  const order = stacked ? raw.map((_, i) => raw.length - 1 - i) : raw.map((_, i) => i);
  const sums = stacked ? stack(raw) : [];
  const bars = spec.kind !== 'lines' ? uPlot.paths.bars?.({ size: [0.6, 64] }) : undefined;
  const data: uPlot.AlignedData = [
    xs,
    ...order.map((i) => (stacked ? (sums[i] as number[]) : (raw[i] as ChartSeries).values)),
  ];
  const opts: uPlot.Options = {
    width,
    height: 260,
    scales: { x: { time: false, range: [-0.5, xs.length - 0.5] } },
    axes: [
      {
        stroke: ink,
        grid: { show: false },
        splits: () => xs,
        values: (_u, splits) => splits.map((i) => (spec.axisLabels ?? spec.labels)[i] ?? ''),
      },
      { stroke: ink, values: (_u, splits) => splits.map((v) => spec.format(v)), size: 70 },
    ],
    series: [
      { label: spec.xLabel, value: (_u, v) => (v === null ? '' : (spec.labels[v] ?? '')) },
      ...order.map((i) => {
        const color = PALETTE[i % PALETTE.length] as string;
        return {
          label: (raw[i] as ChartSeries).label,
          stroke: color,
          fill: spec.kind === 'lines' ? undefined : color,
          width: spec.kind === 'lines' ? 2 : 0,
          paths: bars,
          points: { show: spec.kind === 'lines' },
          spanGaps: false,
          // The legend shows the series' own number, not the stacked sum.
          value: (_u: uPlot, _v: number | null, _si: number, idx: number | null) => {
            const v = idx === null ? null : ((raw[i] as ChartSeries).values[idx] ?? null);
            return v === null ? '—' : spec.format(v);
          },
        };
      }),
    ],
  };
  new uPlot(opts, data, host);
}

/** A titled chart with a table alternative under a disclosure. */
export function chartFigure(spec: ChartSpec, width: number): HTMLElement {
  const host = el('div', { class: 'chart-canvas', 'aria-hidden': 'true' });
  const figure = el(
    'figure',
    { class: 'chart', id: `chart-${spec.id}`, 'aria-labelledby': `chart-${spec.id}-title` },
    el('figcaption', { id: `chart-${spec.id}-title` }, el('strong', {}, spec.title)),
    host,
    el('details', {}, el('summary', {}, spec.showTableLabel), spec.table),
  );
  if (spec.labels.length && spec.series.length) plot(spec, host, width);
  return figure;
}
