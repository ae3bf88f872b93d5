import { useMemo } from 'preact/hooks';
import { type ChartWords, metricsCharts } from '../../../shared/chart/chart-data';
import { axisFormat, tableFormat } from '../../../shared/chart/chart-format';
import { SKIPPED_STAGE_RULE } from '../../../shared/metrics/problem-definitions';
import type { MetricsReport } from '../../../shared/metrics/types';
import { sourceLabel, t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { ChartFigure } from '../ui/charts/chart-figure';
import { DefinitionDisclosure } from './definition-disclosure';
import { LostBreakdown } from './lost-breakdown';

function chartWords(): ChartWords {
  return {
    lang: uiLang(),
    month: t('chartMonth'),
    stage: t('chartStage'),
    total: t('chartTotal'),
    reached: t('chartReached'),
    movedOn: t('chartMovedOn'),
    skipped: t('chartSkipped'),
    won: t('statusWon'),
    lost: t('statusLost'),
    winRate: t('chartWinRateSeries'),
    mean: t('chartMean'),
    median: t('chartMedian'),
    source: sourceLabel,
    stageName,
  };
}

/** The four charts: leads by source (stacked), the funnel, win percentage and cycle length by month. */
export function MetricsCharts({ report }: { report: MetricsReport }) {
  const lang = uiLang();
  const [bySource, funnel, winRate, cycle] = useMemo(() => metricsCharts(report, chartWords()), [report]);
  const table = tableFormat(lang);
  const axis = axisFormat(lang);
  // The canvas labels its axes with the short format; the table writes units out.
  const both = (spec: NonNullable<typeof funnel>) => ({ spec, format: table, axis });
  if (!bySource || !funnel || !winRate || !cycle) return null;
  return (
    <section class="metrics-charts" aria-labelledby="charts-title">
      <h3 id="charts-title">{t('chartsTitle')}</h3>
      <ChartFigure {...both(bySource)} title={t('chartLeadsBySource')} />
      <ChartFigure {...both(funnel)} title={t('chartFunnel', report.stageFunnel.cohort)}>
        <LostBreakdown funnel={report.stageFunnel} />
        <DefinitionDisclosure metric="stage-funnel">
          <p class="hint">{SKIPPED_STAGE_RULE[lang]}</p>
        </DefinitionDisclosure>
      </ChartFigure>
      <ChartFigure {...both(winRate)} title={t('chartWinRate')} />
      <ChartFigure {...both(cycle)} title={t('chartCycle')} />
    </section>
  );
}
