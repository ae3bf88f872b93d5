import type { MetricsReport } from '../../../shared/metrics/types';
import { formatDays } from '../../../shared/present/figures';
import { formatCount } from '../../../shared/present/numbers';
import { STAGE_IDS } from '../../../shared/process/stage-list';
import { t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { DefinitionDisclosure } from './definition-disclosure';

/** Median and mean days per stage, over the stays that ended in the period. */
export function TimeInStage({ report }: { report: MetricsReport }) {
  const lang = uiLang();
  return (
    <section class="time-in-stage" aria-labelledby="time-in-stage-title">
      <h3 id="time-in-stage-title">{t('timeInStageTitle')}</h3>
      <table class="chart-table">
        <thead>
          <tr>
            <th scope="col">{t('chartStage')}</th>
            <th scope="col">{t('chartMedian')}</th>
            <th scope="col">{t('chartMean')}</th>
            <th scope="col">{t('timeInStageStays')}</th>
          </tr>
        </thead>
        <tbody>
          {STAGE_IDS.map((s) => {
            const d = report.timeInStage[s];
            return (
              <tr key={s}>
                <th scope="row">{stageName(s)}</th>
                <td>{formatDays(d.medianDays, lang)}</td>
                <td>{formatDays(d.meanDays, lang)}</td>
                <td>{formatCount(d.count, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <DefinitionDisclosure metric="time-in-stage" />
    </section>
  );
}
