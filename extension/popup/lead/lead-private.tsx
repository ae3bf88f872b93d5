import type { Lead } from '../../../shared/model/lead';
import { getDb } from '../../data/db';
import { setLeadPrivate } from '../../data/sync/lead-private';
import { t } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { loadDetail } from './lead-detail-store';

/** "Private: stays in this browser": team sync never sends this lead. */
export function LeadPrivate({ lead }: { lead: Lead }) {
  const on = lead.private === true;
  const toggle = async () => {
    await setLeadPrivate(getDb(), lead.id, !on);
    await loadDetail(lead.id);
    await refreshAfterWrite();
  };
  return (
    <p class="lead-private">
      <label>
        <input type="checkbox" id="lead-private" checked={on} onChange={() => void toggle()} />{' '}
        {t('leadPrivate')}
      </label>{' '}
      <span class="hint">{t('leadPrivateHint')}</span>
    </p>
  );
}
