import './lead.css';
import { useEffect, useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { daysSince } from '../../../shared/time/day';
import { t } from '../../ui/i18n';
import { openLead } from '../navigation-store';
import { LeadActions } from './lead-actions';
import { NextStepText, whereText } from './lead-header';
import { NextStepForm } from './next-step-form';
import { refreshTabLead } from './tab-lead-lookup';

/**
 * "This page is already a lead": at the top of the popup, where the deal
 * stands and what is next, with the moves, the next step and closing at hand.
 */
export default function TabLeadCard({ lead }: { lead: Lead }) {
  const [settingStep, setSettingStep] = useState(false);
  const refresh = () => void refreshTabLead(lead.id);
  // Shown again after the rep worked on the lead in its detail: read it afresh (or drop it if deleted).
  useEffect(refresh, [lead.id]);
  return (
    <section class="tab-lead" aria-labelledby="tab-lead-title" data-lead-id={lead.id}>
      <h2 id="tab-lead-title" class="tab-lead-title">
        <span class="hint">{t('tabLeadTitle')}</span>{' '}
        <button type="button" class="link" onClick={() => openLead(lead.id)}>
          {lead.name}
        </button>
        {lead.company ? <span class="lead-company"> · {lead.company}</span> : null}
      </h2>
      <p class="tab-lead-where" data-status={lead.status} data-stage={lead.stage}>
        <strong>{whereText(lead)}</strong> · {t('daysInStage', daysSince(lead.stageChangedAt, Date.now()))}
        {lead.status === 'open' ? (
          <>
            {' · '}
            <NextStepText lead={lead} now={Date.now()} />
          </>
        ) : null}
      </p>
      <LeadActions key={lead.updatedAt} lead={lead} compact onMoved={refresh}>
        {lead.status === 'open' ? (
          <button type="button" aria-expanded={settingStep} onClick={() => setSettingStep(!settingStep)}>
            {t('setNextStep')}
          </button>
        ) : null}
      </LeadActions>
      {settingStep ? (
        <NextStepForm
          lead={lead}
          idPrefix="card"
          onDone={() => {
            setSettingStep(false);
            refresh();
          }}
        />
      ) : null}
    </section>
  );
}
