import { useEffect } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { HeadlineList } from './headline-list';
import { MetricsCharts } from './metrics-charts';
import { useMetricsData } from './metrics-data';
import { analysisFor, periodChoice } from './metrics-store';
import { resolveChoice } from './period-choice';
import { PeriodPicker } from './period-picker';
import { TimeInStage } from './time-in-stage';
import { WhyBuySection } from './why-buy-section';
import './metrics.css';

/**
 * Know the pipeline: the headline figures of a period with their definitions,
 * the charts (each with a table alternative) and time in stage. Loaded on
 * first use, so neither the engine nor uPlot weighs on the popup's first paint.
 */
export default function MetricsScreen() {
  const loaded = useMetricsData();
  const choice = periodChoice.value;
  const now = loaded.status === 'ready' ? loaded.now : Date.now();
  const resolved = resolveChoice(choice, now);
  const analysis =
    loaded.status === 'ready' && resolved.ok ? analysisFor(loaded.data, resolved.period, loaded.now) : null;
  // `npm run bench` times the screen's first open up to its figures being drawn.
  const drawn = analysis !== null;
  useEffect(() => {
    if (drawn) performance.mark('metrics-ready');
  }, [drawn]);
  return (
    <section class="metrics-screen" aria-labelledby="metrics-title">
      <h2 id="metrics-title">{t('metricsTitle')}</h2>
      <PeriodPicker
        choice={choice}
        onChange={(next) => {
          periodChoice.value = next;
        }}
        period={resolved.ok ? resolved.period : null}
        error={resolved.ok ? null : resolved.error}
        now={now}
      />
      {loaded.status === 'loading' ? <p class="loading">{t('loading')}</p> : null}
      {loaded.status === 'error' ? (
        <p class="message message-warn">{t('loadFailed', loaded.message)}</p>
      ) : null}
      {analysis ? (
        <>
          <HeadlineList report={analysis.report} />
          <MetricsCharts report={analysis.report} />
          <TimeInStage report={analysis.report} />
          <WhyBuySection report={analysis.report} />
        </>
      ) : null}
    </section>
  );
}
