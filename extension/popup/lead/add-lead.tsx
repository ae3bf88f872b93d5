import './lead.css';
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { addLead, DuplicateLeadError } from '../../data/leads/lead-edits';
import { t } from '../../ui/i18n';
import { openLead } from '../navigation-store';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { settings, stageName } from '../settings-store';
import { escapeCloses } from '../ui/keys';
import { showNotice } from '../ui/notice-store';
import { picksOf, WhyBuyPickers } from '../ui/why-buy-pickers';
import { LeadFormFields } from './lead-form-fields';
import { emptyForm, parseForm } from './lead-form-model';
import { unreadableFields, useLeadForm } from './use-lead-form';

/**
 * A lead met outside the browser (a referral, a call), with the same form as
 * the detail. It starts in Awareness; the same email or LinkedIn profile
 * updates the lead already stored instead of adding a second one.
 */
export default function AddLead({ onClose }: { onClose: () => void }) {
  const f = useLeadForm(() => emptyForm(settings.value));
  const [picks, setPicks] = useState(() => picksOf());
  useEffect(() => {
    document.getElementById('lead-name')?.focus();
    const onKey = (e: KeyboardEvent) => escapeCloses(e) && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const submit = async (formEl: HTMLFormElement) => {
    const parsed = parseForm(f.form, unreadableFields(formEl));
    if (!parsed.ok) {
      f.setErrors(parsed.errors);
      f.focusFirstError(parsed.errors);
      return;
    }
    f.setSaving(true);
    try {
      const { lead, created } = await addLead(getDb(), {
        ...(parsed.edit as Parameters<typeof addLead>[1]),
        ...picks,
      });
      await refreshAfterWrite();
      showNotice({
        text: created ? t('savedNew', lead.name, stageName('awareness')) : t('savedUpdate', lead.name),
      });
      openLead(lead.id);
    } catch (err) {
      if (!(err instanceof DuplicateLeadError)) throw err;
      f.setErrors({ [err.field]: 'errDuplicate' });
    } finally {
      f.setSaving(false);
    }
  };
  return (
    <section class="add-lead" aria-labelledby="add-title">
      <button type="button" class="back" onClick={onClose}>
        {t('backToList')}
      </button>
      <h2 id="add-title">{t('addLeadTitle')}</h2>
      <p class="hint">{t('addLeadHint')}</p>
      <form
        class="lead-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        {Object.values(f.errors).some(Boolean) ? (
          <p class="message message-warn" role="alert">
            {t('fixErrors')}
          </p>
        ) : null}
        <LeadFormFields form={f.form} errors={f.errors} settings={settings.value} onChange={f.change} />
        <WhyBuyPickers idPrefix="add" picks={picks} onChange={setPicks} />
        <div class="actions">
          <button type="submit" class="primary" disabled={f.saving}>
            {f.saving ? t('saving') : t('addLeadSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
