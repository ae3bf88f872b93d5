import type { Lead } from '../../../shared/model/lead';
import { formatMoney } from '../../../shared/present/numbers';
import { daysSince } from '../../../shared/time/day';
import { formatDay } from '../../ui/format';
import { type MessageKey, sourceLabel, t, uiLang } from '../../ui/i18n';
import { openLead } from '../navigation-store';
import { stageName } from '../settings-store';
import { rowFlags } from '../ui/row-flags-store';
import { dueState, qualityStars } from './row-format';

export const PROBLEM_BADGE: Record<string, MessageKey> = {
  stalled: 'badgeStalled',
  'skipped-stages': 'badgeSkipped',
  'too-many-opportunities': 'badgeTooMany',
  'low-quality': 'badgeLowQuality',
};

interface Props {
  lead: Lead | undefined;
  index: number;
  active: boolean;
  now: number;
  today: string;
}

/** One lead in a list: who, where from, how long here, what is next, and what is wrong. */
export function LeadRow({ lead, index, active, now, today }: Props) {
  if (!lead) {
    // The same element as a loaded row, so Preact fills it in place and keyboard focus stays on it.
    return (
      <button
        type="button"
        class="lead-row placeholder"
        data-index={index}
        tabIndex={active ? 0 : -1}
        aria-busy="true"
      >
        {t('loadingRow')}
      </button>
    );
  }
  // A closed deal has no next step to chase: its row says why it was lost instead.
  const due = lead.status === 'open' ? dueState(lead.nextStepDue, today) : 'none';
  const problems = [...new Set((rowFlags.value.get(lead.id) ?? []).map((f) => f.problem))];
  const closed = lead.status !== 'open';
  return (
    <button
      type="button"
      class="lead-row"
      data-index={index}
      data-lead-id={lead.id}
      tabIndex={active ? 0 : -1}
      onClick={() => openLead(lead.id)}
    >
      <span class="row-line">
        <span class="lead-name">{lead.name}</span>
        {lead.company ? <span class="lead-company">{lead.company}</span> : null}
      </span>
      <span class="row-line lead-meta">
        <span>
          {sourceLabel(lead.source)} ·{' '}
          {closed
            ? t(lead.status === 'won' ? 'wonOn' : 'lostAt', stageName(lead.stage))
            : t('daysInStage', daysSince(lead.stageChangedAt, now))}
          {lead.value !== undefined ? ` · ${formatMoney(lead.value, lead.currency, uiLang())}` : ''}
        </span>
        {lead.quality !== undefined ? (
          <span class="quality" role="img" aria-label={t('qualityOf', lead.quality)}>
            {qualityStars(lead.quality)}
          </span>
        ) : null}
      </span>
      <span class="row-line">
        <span class={`next-step due-${due}`}>
          {closed ? (lead.lostReason ?? '') : lead.nextStep ? lead.nextStep : t('noNextStep')}
          {lead.nextStepDue && !closed
            ? ` · ${due === 'overdue' ? t('overdueSince', formatDay(lead.nextStepDue, uiLang(), now)) : formatDay(lead.nextStepDue, uiLang(), now)}`
            : ''}
        </span>
        <span class="badges">
          {problems.map((p) => (
            <span key={p} class={`badge badge-${p}`}>
              {t(PROBLEM_BADGE[p] ?? 'badgeStalled')}
            </span>
          ))}
        </span>
      </span>
    </button>
  );
}
