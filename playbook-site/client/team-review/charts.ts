import type { MetricsReport } from '../../../shared/metrics/types';
import { formatCount, formatDays, formatPercent } from '../../../shared/present/figures';
import type { Lang } from '../../../shared/process/stage-list';
import type { StageNameOverrides } from '../stage-names';
import { type ChartSeries, chartFigure } from './chart';
import { el, table } from './dom';
import { formatMonth, formatMonthShort } from './format';
import { strings } from './strings';
import { stageLabel } from './team-stage-names';

const num = (lang: Lang) => (v: number) => formatCount(v, lang);
const days = (lang: Lang) => (v: number) => formatDays(v, lang);
const cell = (v: number | null, f: (v: number) => string) => (v === null ? '—' : f(v));

/** The four charts the issue asks for, each with its numbers as a table. */
export function chartsSection(
  report: MetricsReport,
  names: StageNameOverrides,
  lang: Lang,
  width: number,
): HTMLElement {
  const s = strings(lang);
  const t = report.trends;
  const months = t.months.map((m) => formatMonth(m.month, lang));
  const axisMonths = t.months.map((m) => formatMonthShort(m.month, lang));
  const monthAxis = { axisLabels: axisMonths, xLabel: s.month };
  const pct = (v: number) => formatPercent(v, lang);

  const sources = Object.keys(t.leadsBySource).sort();
  const sourceSeries: ChartSeries[] = sources.map((src) => ({
    label: src,
    values: t.leadsBySource[src] ?? [],
  }));
  const totals = months.map((_, i) =>
    sources.reduce((sum, src) => sum + (t.leadsBySource[src]?.[i] ?? 0), 0),
  );
  const bySource = chartFigure(
    {
      id: 'leads-by-source',
      title: s.leadsBySourceChart,
      labels: months,
      ...monthAxis,
      series: sourceSeries,
      kind: 'stacked',
      format: num(lang),
      showTableLabel: s.showTable,
      table: table(
        s.leadsBySourceChart,
        [s.month, ...sources, s.total],
        months.map((m, i) => [
          m,
          ...sources.map((src) => formatCount(t.leadsBySource[src]?.[i] ?? 0, lang)),
          formatCount(totals[i] ?? 0, lang),
        ]),
        sources.map((_, i) => i + 1).concat(sources.length + 1),
      ),
    },
    width,
  );

  const f = report.stageFunnel;
  const stageNames = f.stages.map((st) => stageLabel(names, st.stage, lang));
  const funnel = chartFigure(
    {
      id: 'stage-funnel',
      title: s.funnelChart,
      labels: stageNames,
      xLabel: s.stage,
      series: [{ label: s.reached, values: f.stages.map((st) => st.reached) }],
      kind: 'bars',
      format: num(lang),
      showTableLabel: s.showTable,
      table: table(
        s.funnelChart,
        [s.stage, s.reached, s.movedOn, s.skipped, s.lostHere],
        f.stages.map((st, i) => [
          stageNames[i] ?? st.stage,
          formatCount(st.reached, lang),
          cell(st.movedOn, pct),
          formatCount(st.skipped, lang),
          formatCount(f.lostByStage[st.stage] ?? 0, lang),
        ]),
        [1, 2, 3, 4],
      ),
    },
    width,
  );

  const winRate = chartFigure(
    {
      id: 'win-percentage',
      title: s.winRateChart,
      labels: months,
      ...monthAxis,
      series: [{ label: s.winRate, values: t.winRate }],
      kind: 'lines',
      format: pct,
      showTableLabel: s.showTable,
      table: table(
        s.winRateChart,
        [s.month, s.winRate, s.won, s.lost],
        months.map((m, i) => [
          m,
          cell(t.winRate[i] ?? null, pct),
          formatCount(t.won[i] ?? 0, lang),
          formatCount(t.lost[i] ?? 0, lang),
        ]),
        [1, 2, 3],
      ),
    },
    width,
  );

  const cycle = chartFigure(
    {
      id: 'sales-cycle-length',
      title: s.cycleChart,
      labels: months,
      ...monthAxis,
      series: [
        { label: s.mean, values: t.cycleMeanDays },
        { label: s.median, values: t.cycleMedianDays },
      ],
      kind: 'lines',
      format: num(lang),
      showTableLabel: s.showTable,
      table: table(
        s.cycleChart,
        [s.month, s.mean, s.median],
        months.map((m, i) => [
          m,
          cell(t.cycleMeanDays[i] ?? null, days(lang)),
          cell(t.cycleMedianDays[i] ?? null, days(lang)),
        ]),
        [1, 2],
      ),
    },
    width,
  );

  const reasons = f.lostReasons.length
    ? table(
        s.lostReasons,
        [s.reason, s.count],
        f.lostReasons.map((r) => [r.reason ?? s.noReason, formatCount(r.count, lang)]),
        [1],
      )
    : null;

  return el(
    'section',
    { 'aria-labelledby': 'team-charts-title' },
    el('h3', { id: 'team-charts-title' }, s.charts),
    bySource,
    funnel,
    reasons,
    winRate,
    cycle,
  );
}
