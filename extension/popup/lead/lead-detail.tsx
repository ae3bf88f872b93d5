import './lead.css';
import { useEffect } from 'preact/hooks';
import { daysSince } from '../../../shared/time/day';
import { sourceLabel, t } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { escapeCloses } from '../ui/keys';
import { LeadActions } from './lead-actions';
import { detail, loadDetail } from './lead-detail-store';
import { LeadEditForm } from './lead-edit-form';
import { LeadFlags } from './lead-flags';
import { LeadHistory } from './lead-history';
import { LeadLinks } from './lead-links';
import { LeadPrivate } from './lead-private';

/** One lead: where it stands, what to do with it, every field to edit, and its whole history. */
export default function LeadDetail({ id, onClose }: { id: string; onClose: () => void }) {
  useEffect(() => {
    detail.value = null;
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
  const where =
    lead.status === 'won'
      ? t('groupWon')
      : lead.status === 'lost'
        ? t('lostAt', stageName(lead.stage))
        : stageName(lead.stage);
  return (
    <article class="lead-detail" aria-labelledby="lead-title">
      {back}
      <header class="lead-head">
        <h2 id="lead-title" tabIndex={-1}>
          {lead.name}
        </h2>
        <p class="lead-sub">{[lead.company, lead.headline].filter(Boolean).join(' · ')}</p>
        <p class="lead-where" data-status={lead.status} data-stage={lead.stage}>
          <strong>{where}</strong> · {t('daysInStage', daysSince(lead.stageChangedAt, Date.now()))} ·{' '}
          {sourceLabel(lead.source)}
          {lead.lostReason ? ` · ${lead.lostReason}` : ''}
        </p>
        <LeadLinks lead={lead} />
      </header>
      <LeadActions lead={lead} />
      <LeadFlags lead={lead} events={events} />
      <LeadEditForm key={lead.updatedAt} lead={lead} />
      <LeadPrivate lead={lead} />
      <LeadHistory lead={lead} events={events} />
    </article>
  );
}
