import uPlot from 'uplot';
import { type ChartSpec, toUplotData } from '../../../shared/chart/chart-data';
import { axisFormat, tableFormat } from '../../../shared/chart/chart-format';
import { chartOptions, seriesColor } from '../../../shared/chart/uplot-options';
import type { Lang } from '../../../shared/process/stage-list';
import { el, table } from './dom';

const bars = uPlot.paths.bars?.({ size: [0.6, 64] });

/** The spec's numbers as a table: the chart's alternative for screen readers and for print. */
function specTable(spec: ChartSpec, caption: string, lang: Lang): HTMLElement {
  const cell = tableFormat(lang);
  return table(
    caption,
    [spec.xTitle, ...spec.columns.map((c) => c.label)],
    spec.x.map((label, i) => [label, ...spec.columns.map((c) => cell(c.values[i] ?? null, c.unit))]),
    spec.columns.map((_, i) => i + 1),
  );
}

/** Series names beside their colours (the canvas is hidden from screen readers; the table is not). */
function legend(spec: ChartSpec): HTMLElement | null {
  if (spec.series.length < 2) return null;
  return el(
    'ul',
    { class: 'chart-legend', 'aria-hidden': 'true' },
    ...spec.series.map((s, i) => {
      const swatch = el('span', { class: 'swatch' });
      // Set through the CSSOM: the page's CSP allows no inline style attributes.
      swatch.style.background = seriesColor(i);
      return el('li', {}, swatch, s.label);
    }),
  );
}

/**
 * A titled chart with its table under a disclosure. The spec and the uPlot
 * options come from shared/chart, as in the popup: this only mounts them.
 */
export function chartFigure(
  spec: ChartSpec,
  text: { title: string; showTable: string },
  lang: Lang,
  width: number,
): HTMLElement {
  const host = el('div', { class: 'chart-canvas', 'aria-hidden': 'true' });
  const figure = el(
    'figure',
    { class: 'chart', id: `chart-${spec.id}`, 'aria-labelledby': `chart-${spec.id}-title` },
    el('figcaption', { id: `chart-${spec.id}-title` }, el('strong', {}, text.title)),
    legend(spec),
    host,
    el('details', {}, el('summary', {}, text.showTable), specTable(spec, text.title, lang)),
  );
  if (spec.x.length && spec.series.length) {
    const shape = toUplotData(spec);
    const ink = getComputedStyle(document.body).color || '#1d2430';
    new uPlot(
      chartOptions(spec, shape, { width, ink, format: axisFormat(lang), bars }),
      shape.data as uPlot.AlignedData,
      host,
    );
  }
  return figure;
}
