import type { Lead } from '../../../shared/model/lead';
import { formatMoney } from '../../../shared/present/numbers';
import { daysSince } from '../../../shared/time/day';
import { formatDay, localIsoDate } from '../../ui/format';
import { sourceLabel, t, uiLang } from '../../ui/i18n';
import { dueState } from '../pipeline/row-format';
import { stageName } from '../settings-store';
import { LeadLinks } from './lead-links';

/** Where a lead stands in words: its stage, Won, or "Lost in <stage>". */
export function whereText(lead: Pick<Lead, 'stage' | 'status'>): string {
  if (lead.status === 'won') return t('groupWon');
  return lead.status === 'lost' ? t('lostAt', stageName(lead.stage)) : stageName(lead.stage);
}

/** The next step with its date (and "overdue since" when it passed), or "No next step". */
export function NextStepText({ lead, now }: { lead: Lead; now: number }) {
  const due = dueState(lead.nextStepDue, localIsoDate(now));
  const day = lead.nextStepDue ? formatDay(lead.nextStepDue, uiLang(), now) : '';
  return (
    <span class={`next-step due-${due}`}>
      {lead.nextStep || t('noNextStep')}
      {day ? ` · ${due === 'overdue' ? t('overdueSince', day) : day}` : ''}
    </span>
  );
}

/** The top of the detail: who, where the deal stands, what it is worth and what happens next. */
export function LeadHeader({ lead, now }: { lead: Lead; now: number }) {
  return (
    <header class="lead-head">
      <h2 id="lead-title" tabIndex={-1}>
        {lead.name}
      </h2>
      <p class="lead-sub">{[lead.company, lead.headline].filter(Boolean).join(' · ')}</p>
      <p class="lead-where" data-status={lead.status} data-stage={lead.stage}>
        <strong>{whereText(lead)}</strong> · {t('daysInStage', daysSince(lead.stageChangedAt, now))} ·{' '}
        {sourceLabel(lead.source)}
        {lead.lostReason ? ` · ${lead.lostReason}` : ''}
      </p>
      <dl class="lead-facts">
        <div>
          <dt>{t('factValue')}</dt>
          <dd class="lead-value">
            {lead.value !== undefined ? formatMoney(lead.value, lead.currency, uiLang()) : t('noValue')}
          </dd>
        </div>
        {lead.status === 'open' ? (
          <div>
            <dt>{t('factNextStep')}</dt>
            <dd class="lead-next">
              <NextStepText lead={lead} now={now} />
            </dd>
          </div>
        ) : null}
        {lead.notes ? (
          <div class="lead-notes">
            <dt>{t('factNotes')}</dt>
            <dd>{lead.notes}</dd>
          </div>
        ) : null}
      </dl>
      <LeadLinks lead={lead} />
    </header>
  );
}
