import { useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { t } from '../../ui/i18n';
import { settings } from '../settings-store';
import { picksOf, WhyBuyPickers } from '../ui/why-buy-pickers';
import { saveEdits } from './lead-detail-store';
import { LeadFormFields } from './lead-form-fields';
import { formFromLead } from './lead-form-model';
import { unreadableFields, useLeadForm } from './use-lead-form';

/** Edit every field of a lead; invalid values are shown inline and nothing invalid is saved. */
export function LeadEditForm({ lead }: { lead: Lead }) {
  const f = useLeadForm(() => formFromLead(lead));
  const [picks, setPicks] = useState(() => picksOf(lead));
  const hasErrors = Object.values(f.errors).some(Boolean);
  return (
    <form
      class="lead-form"
      noValidate
      aria-label={t('editLead')}
      onSubmit={async (e) => {
        e.preventDefault();
        f.setSaving(true);
        try {
          const errors = await saveEdits(lead.id, f.form, unreadableFields(e.currentTarget), picks);
          f.setErrors(errors);
          f.focusFirstError(errors);
        } finally {
          f.setSaving(false);
        }
      }}
    >
      {hasErrors ? (
        <p class="message message-warn" role="alert">
          {t('fixErrors')}
        </p>
      ) : null}
      <LeadFormFields form={f.form} errors={f.errors} settings={settings.value} onChange={f.change} />
      <WhyBuyPickers idPrefix="lead" picks={picks} onChange={setPicks} />
      <div class="actions">
        <button type="submit" class="primary" disabled={f.saving}>
          {f.saving ? t('saving') : t('saveChanges')}
        </button>
        <button
          type="button"
          onClick={() => {
            f.setForm(formFromLead(lead));
            setPicks(picksOf(lead));
            f.setErrors({});
          }}
        >
          {t('discardChanges')}
        </button>
      </div>
    </form>
  );
}
