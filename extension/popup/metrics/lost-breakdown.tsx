import type { StageFunnelFigure } from '../../../shared/metrics/types';
import { formatCount } from '../../../shared/present/numbers';
import { STAGE_IDS } from '../../../shared/process/stage-list';
import { t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';

/** Where the leads lost in the period left the funnel, and why. */
export function LostBreakdown({ funnel }: { funnel: StageFunnelFigure }) {
  const lang = uiLang();
  const byStage = STAGE_IDS.filter((s) => funnel.lostByStage[s] > 0).map(
    (s) => `${stageName(s)} ${formatCount(funnel.lostByStage[s], lang)}`,
  );
  if (byStage.length === 0) return <p class="hint">{t('lostNone')}</p>;
  const reasons = funnel.lostReasons.map(
    (r) => `${r.reason ?? t('lostNoReason')} ${formatCount(r.count, lang)}`,
  );
  return (
    <dl class="lost-breakdown">
      <dt>{t('lostByStage')}</dt>
      <dd>{byStage.join(' · ')}</dd>
      <dt>{t('lostReasons')}</dt>
      <dd>{reasons.join(' · ')}</dd>
    </dl>
  );
}
