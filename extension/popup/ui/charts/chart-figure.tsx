import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type ChartSpec, type ChartUnit, hasData } from '../../../../shared/chart/chart-data';
import { seriesColor } from '../../../../shared/chart/uplot-options';
import { t } from '../../../ui/i18n';
import { ChartTable } from './chart-table';
import { UplotChart } from './uplot-chart';
import './charts.css';

interface Props {
  spec: ChartSpec;
  title: string;
  /** Writes table cells, units included. */
  format: (v: number | null, unit: ChartUnit) => string;
  /** Writes axis labels (shorter); stable per language so the canvas is not redrawn. */
  axis: (v: number, unit: ChartUnit) => string;
  /** Under the title: a definition, a note on how skips are counted… */
  children?: ComponentChildren;
}

/**
 * A chart with its table alternative. The canvas is hidden from assistive
 * technology; the table is always in the page (visually hidden until the rep
 * asks for it), so a screen reader reads the same numbers the chart draws.
 */
export function ChartFigure({ spec, title, format, axis, children }: Props) {
  const [tableShown, setTableShown] = useState(false);
  const titleId = `chart-${spec.id}-title`;
  const tableId = `chart-${spec.id}-table`;
  const drawable = hasData(spec);
  return (
    <figure class="chart" aria-labelledby={titleId} data-chart-figure={spec.id}>
      <figcaption id={titleId}>{title}</figcaption>
      {children}
      {drawable ? (
        <>
          {spec.series.length > 1 ? (
            <ul class="chart-legend" aria-hidden="true">
              {spec.series.map((s, i) => (
                <li key={s.key}>
                  <span class="swatch" style={{ background: seriesColor(i) }} />
                  {s.label}
                </li>
              ))}
            </ul>
          ) : null}
          <UplotChart spec={spec} format={axis} />
        </>
      ) : (
        <p class="hint">{t('chartNoData')}</p>
      )}
      <button
        type="button"
        class="link chart-table-toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((v) => !v)}
      >
        {tableShown ? t('chartHideTable') : t('chartShowTable')}
      </button>
      {/* Shown, a wide table scrolls sideways: focusable so the keyboard can scroll it too. */}
      <div
        id={tableId}
        class={tableShown ? 'chart-table-wrap' : 'chart-table-wrap visually-hidden'}
        {...(tableShown ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}
      >
        <ChartTable spec={spec} caption={title} format={format} />
      </div>
    </figure>
  );
}
