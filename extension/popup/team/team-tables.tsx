import type { MetricsReport } from '../../../shared/metrics/types';
import { formatPercent } from '../../../shared/present/figures';
import { formatCount } from '../../../shared/present/numbers';
import type { RepTable } from '../../../shared/present/rep-table';
import { t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';

/** Rows reps (the whole team last), columns the metrics, problem counts, changes and last sync. */
export function TeamTable({ table }: { table: RepTable }) {
  return (
    <div class="team-table-wrap">
      <table class="chart-table team-table" id="team-reps">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([name = '', ...cells], i) => (
            <tr key={name} data-rep={i < table.rows.length - 1 ? name : undefined}>
              <th scope="row">{name}</th>
              {cells.map((c, j) => (
                <td key={table.columns[j + 1]} data-column={j + 1}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The stage funnel of the leads created in the period, with where the lost ones dropped off. */
export function TeamFunnel({ report }: { report: MetricsReport }) {
  const lang = uiLang();
  const f = report.stageFunnel;
  return (
    <table class="chart-table" id="team-funnel">
      <caption>{t('chartFunnel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartStage')}</th>
          <th scope="col">{t('chartReached')}</th>
          <th scope="col">{t('chartMovedOn')}</th>
          <th scope="col">{t('teamLostHere')}</th>
        </tr>
      </thead>
      <tbody>
        {f.stages.map((s) => (
          <tr key={s.stage} data-stage={s.stage}>
            <th scope="row">{stageName(s.stage)}</th>
            <td>{formatCount(s.reached, lang)}</td>
            <td>{formatPercent(s.movedOn, lang)}</td>
            <td>{formatCount(f.lostByStage[s.stage], lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
