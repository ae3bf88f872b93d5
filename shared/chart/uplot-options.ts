import type uPlot from 'uplot';
import { type ChartSpec, type ChartUnit, type UplotShape, yRange } from './chart-data';

/**
 * Series colours, readable on the light and the dark theme alike. The legend
 * uses the same index, so a colour always names the same series.
 */
const SERIES_COLORS = [
  '#2f6fd0',
  '#e0701a',
  '#2e9d4d',
  '#9b4dca',
  '#d6336c',
  '#a88400',
  '#1598a8',
  '#6b7f23',
];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] as string;
}

/** Below this width (the toolbar popup) month labels are thinned to every other one. */
const COMPACT_WIDTH = 480;

export function chartHeight(width: number): number {
  return width < COMPACT_WIDTH ? 150 : 220;
}

interface Look {
  width: number;
  /** Text colour of the page, for axes. */
  ink: string;
  format: (value: number, unit: ChartUnit) => string;
  /** Builds bar paths (uPlot.paths.bars); injected so this module stays free of uPlot's runtime. */
  bars?: uPlot.Series.PathBuilder;
}

/** The x positions whose label is shown: all when there is room, else every other one ending with the last. */
export function labelledPositions(count: number, width: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (width >= COMPACT_WIDTH || count <= 6) return all;
  return all.filter((i) => (count - 1 - i) % 2 === 0);
}

/** uPlot options for a chart spec: categorical x axis, y from zero, no legend (the figure draws its own). */
export function chartOptions(spec: ChartSpec, shape: UplotShape, look: Look): uPlot.Options {
  const count = spec.x.length;
  const font = '11px system-ui, sans-serif';
  const lines = spec.kind === 'lines';
  const range = yRange(spec, shape);
  return {
    width: look.width,
    height: chartHeight(look.width),
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, count - 0.5] },
      y: { range: () => range },
    },
    axes: [
      {
        stroke: look.ink,
        font,
        // Room for one line of labels; uPlot's default (50 px) leaves a gap under the chart.
        size: 26,
        grid: { show: false },
        ticks: { show: false },
        splits: (u) => labelledPositions(count, u.width),
        values: (_u, splits) => splits.map((i) => spec.xShort[i] ?? ''),
      },
      {
        stroke: look.ink,
        font,
        size: 52,
        space: 28,
        grid: { stroke: 'rgba(128, 128, 128, 0.25)', width: 1 },
        ticks: { show: false },
        // Counts are whole: no "0.5 leads" on the axis.
        ...(spec.unit === 'count'
          ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] }
          : {}),
        values: (_u, splits) => splits.map((v) => look.format(v, spec.unit)),
      },
    ],
    series: [
      {},
      ...shape.order.map((i, drawn) => {
        const color = seriesColor(i);
        return {
          label: spec.series[i]?.label ?? '',
          stroke: color,
          width: lines ? 2 : 0,
          ...(lines ? { dash: drawn === 1 ? [5, 4] : undefined } : { fill: color, paths: look.bars }),
          points: { show: lines, size: 6, fill: color },
          spanGaps: false,
        } satisfies uPlot.Series;
      }),
    ],
  };
}
