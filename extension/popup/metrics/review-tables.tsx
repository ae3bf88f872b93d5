import { monthLabel } from '../../../shared/chart/chart-data';
import type { ReviewDiff } from '../../../shared/metrics/review-diff';
import type { TrendSeries } from '../../../shared/metrics/types';
import { formatDays, formatPercent } from '../../../shared/present/figures';
import { formatCount } from '../../../shared/present/numbers';
import { t, uiLang } from '../../ui/i18n';
import { figureRows, trendRows } from './review-view';

/** Each recorded figure then and now, with the change. */
export function ReviewFigures({
  diff,
  currency,
  hasPrevious,
}: {
  diff: ReviewDiff;
  currency: string;
  hasPrevious: boolean;
}) {
  const rows = figureRows(diff.figures, uiLang(), currency, t('reviewProblemsTotal'));
  return (
    <table class="chart-table review-figures">
      <caption>{t('reviewFiguresTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviewFigure')}</th>
          {hasPrevious ? <th scope="col">{t('reviewThen')}</th> : null}
          <th scope="col">{t('reviewNow')}</th>
          {hasPrevious ? <th scope="col">{t('reviewChange')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-figure={r.key}>
            <th scope="row">{r.label}</th>
            {hasPrevious ? <td>{r.previous}</td> : null}
            <td>{r.current}</td>
            {hasPrevious ? <td>{r.change}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The recent months side by side: new leads, wins, losses, win percentage and cycle. */
export function ReviewTrends({ trends }: { trends: TrendSeries }) {
  const lang = uiLang();
  return (
    <table class="chart-table review-trends">
      <caption>{t('reviewTrendsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartMonth')}</th>
          <th scope="col">{t('reviewTrendLeads')}</th>
          <th scope="col">{t('statusWon')}</th>
          <th scope="col">{t('statusLost')}</th>
          <th scope="col">{t('chartWinRateSeries')}</th>
          <th scope="col">{t('reviewTrendCycle')}</th>
        </tr>
      </thead>
      <tbody>
        {trendRows(trends).map((r) => (
          <tr key={r.month}>
            <th scope="row">{monthLabel(r.month, lang, 'long')}</th>
            <td>{formatCount(r.created, lang)}</td>
            <td>{formatCount(r.won, lang)}</td>
            <td>{formatCount(r.lost, lang)}</td>
            <td>{formatPercent(r.winRate, lang)}</td>
            <td>{formatDays(r.cycleMedianDays, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
