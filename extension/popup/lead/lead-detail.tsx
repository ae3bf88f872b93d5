import './lead.css';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { escapeCloses } from '../ui/keys';
import { LeadActions } from './lead-actions';
import { detail, loadDetail, removeLead } from './lead-detail-store';
import { LeadEditPanel } from './lead-edit-panel';
import { LeadFlags } from './lead-flags';
import { LeadHeader } from './lead-header';
import { LeadHistory } from './lead-history';
import { LeadPrivate } from './lead-private';
import { NextStepForm } from './next-step-form';

type Panel = 'none' | 'next-step' | 'edit';

/**
 * One lead: a header with where the deal stands and what is next, the moves
 * at hand, its one timeline; the full form only on Edit, and Delete apart at the end.
 */
export default function LeadDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const [panel, setPanel] = useState<Panel>('none');
  useEffect(() => {
    detail.value = null;
    setPanel('none');
    void loadDetail(id);
    const onKey = (e: KeyboardEvent) => {
      if (escapeCloses(e)) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [id, onClose]);
  useEffect(() => {
    // Keyboard users land on the lead's name, not at the top of the popup.
    if (detail.value && detail.value !== 'missing') document.getElementById('lead-title')?.focus();
  }, [detail.value === null]);
  useEffect(() => {
    if (panel === 'edit') document.getElementById('lead-name')?.focus();
    if (panel === 'next-step') document.getElementById('detail-next-step')?.focus();
  }, [panel]);
  const d = detail.value;
  const back = (
    <button type="button" class="back" onClick={onClose}>
      {t('backToList')}
    </button>
  );
  if (d === null) return <p class="loading">{t('loading')}</p>;
  if (d === 'missing') {
    return (
      <section class="lead-detail">
        {back}
        <p class="message message-warn">{t('leadMissing')}</p>
      </section>
    );
  }
  const { lead, events } = d;
  const toggle = (p: Panel) => setPanel(panel === p ? 'none' : p);
  return (
    <article class="lead-detail" aria-labelledby="lead-title">
      {back}
      <LeadHeader lead={lead} now={Date.now()} />
      <LeadActions lead={lead}>
        {lead.status === 'open' ? (
          <button type="button" aria-expanded={panel === 'next-step'} onClick={() => toggle('next-step')}>
            {t('setNextStep')}
          </button>
        ) : null}
        <button type="button" aria-expanded={panel === 'edit'} onClick={() => toggle('edit')}>
          {t('editLeadButton')}
        </button>
      </LeadActions>
      {panel === 'next-step' ? (
        <NextStepForm
          key={lead.updatedAt}
          lead={lead}
          idPrefix="detail"
          onDone={() => {
            setPanel('none');
            void loadDetail(lead.id);
          }}
        />
      ) : null}
      {panel === 'edit' ? (
        <LeadEditPanel key={lead.updatedAt} lead={lead} onClose={() => setPanel('none')} />
      ) : null}
      <LeadFlags lead={lead} events={events} />
      <LeadHistory lead={lead} events={events} />
      <LeadPrivate lead={lead} />
      <section class="danger-zone" aria-labelledby="danger-title">
        <h3 id="danger-title">{t('dangerZone')}</h3>
        <p class="hint">{t('deleteLeadHint')}</p>
        <button type="button" class="danger" onClick={() => void removeLead(lead)}>
          {t('deleteLead')}
        </button>
      </section>
    </article>
  );
}
