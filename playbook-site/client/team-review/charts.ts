import { type ChartSpec, type ChartWords, metricsCharts } from '../../../shared/chart/chart-data';
import type { MetricsReport } from '../../../shared/metrics/types';
import { formatCount } from '../../../shared/present/numbers';
import { strings } from '../../../shared/present/team-review-results-words';
import type { Lang } from '../../../shared/process/stage-list';
import type { StageNameOverrides } from '../stage-names';
import { chartFigure } from './chart';
import { el, table } from './dom';
import { stageLabel } from './team-stage-names';

/** The four charts of the metrics screen, built by the same adapter, each with its numbers as a table. */
export function chartsSection(
  report: MetricsReport,
  names: StageNameOverrides,
  lang: Lang,
  width: number,
): HTMLElement {
  const s = strings(lang);
  const words: ChartWords = {
    lang,
    month: s.month,
    stage: s.stage,
    total: s.total,
    reached: s.reached,
    movedOn: s.movedOn,
    skipped: s.skipped,
    won: s.won,
    lost: s.lost,
    winRate: s.winRate,
    mean: s.mean,
    median: s.median,
    // Built-in sources by their name in the reader's language; a team's own sources as typed.
    source: (source) => s.sources[source] ?? source,
    stageName: (stage) => stageLabel(names, stage, lang),
  };
  const [bySource, funnel, winRate, cycle] = metricsCharts(report, words) as [
    ChartSpec,
    ChartSpec,
    ChartSpec,
    ChartSpec,
  ];
  const f = report.stageFunnel;
  // A team lead reviews where deals were lost next to how far they got: one more column.
  const funnelWithLost: ChartSpec = {
    ...funnel,
    columns: [
      ...funnel.columns,
      { label: s.lostHere, unit: 'count', values: f.stages.map((st) => f.lostByStage[st.stage] ?? 0) },
    ],
  };
  const figure = (spec: ChartSpec, title: string) =>
    chartFigure(spec, { title, showTable: s.showTable }, lang, width);

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
    figure(bySource, s.leadsBySourceChart),
    figure(funnelWithLost, s.funnelChart),
    reasons,
    figure(winRate, s.winRateChart),
    figure(cycle, s.cycleChart),
  );
}
