import { useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { t } from '../../ui/i18n';
import { picksOf, WhyBuyPickers } from '../ui/why-buy-pickers';
import { saveEdits } from './lead-detail-store';
import { LeadFormView } from './lead-form';
import { formFromLead } from './lead-form-model';

/** The detail's Edit: the lead form in its edit mode with the team's pickers; saved, it closes. */
export function LeadEditPanel({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const [picks, setPicks] = useState(() => picksOf(lead));
  return (
    <LeadFormView
      mode="edit"
      initial={() => formFromLead(lead)}
      submitLabel={t('saveChanges')}
      onSubmit={async (form, badInput) => {
        const errors = await saveEdits(lead.id, form, badInput, picks);
        if (Object.keys(errors).length === 0) onClose();
        return errors;
      }}
      onCancel={onClose}
      dealSlot={<WhyBuyPickers idPrefix="lead" picks={picks} onChange={setPicks} />}
    />
  );
}
