import type { ComponentChildren } from 'preact';
import type { EditableField } from '../../../shared/model/contact-fields';
import { t } from '../../ui/i18n';
import { settings } from '../settings-store';
import { FormActions } from '../ui/form-actions';
import { LeadFormFields } from './lead-form-fields';
import type { FieldErrors, LeadForm } from './lead-form-model';
import { unreadableFields, useLeadForm } from './use-lead-form';

interface Props {
  /** Adding by hand (essentials first) or editing a stored lead (every field). */
  mode: 'add' | 'edit';
  initial: () => LeadForm;
  submitLabel: string;
  /** Saves the form; returns the errors to show (empty when saved). */
  onSubmit: (form: LeadForm, badInput: EditableField[]) => Promise<FieldErrors>;
  onCancel: () => void;
  /** Extra fields drawn with the essentials (the stage picker when adding). */
  essentialsEnd?: ComponentChildren;
  /** Room in the deal fields for pickers other features add (reasons to buy). */
  dealSlot?: ComponentChildren;
}

/**
 * The one lead form, for Add lead and the detail's Edit: the same fields,
 * checks, error messages and keyboard path, told apart by `mode`.
 */
export function LeadFormView(props: Props) {
  const { mode, initial, submitLabel, onSubmit, onCancel, essentialsEnd, dealSlot } = props;
  const f = useLeadForm(initial);
  const hasErrors = Object.values(f.errors).some(Boolean);
  return (
    <form
      class={`lead-form lead-form-${mode}`}
      noValidate
      aria-label={mode === 'edit' ? t('editLead') : undefined}
      onSubmit={async (e) => {
        e.preventDefault();
        f.setSaving(true);
        try {
          const errors = await onSubmit(f.form, unreadableFields(e.currentTarget));
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
      <LeadFormFields
        mode={mode}
        form={f.form}
        errors={f.errors}
        settings={settings.value}
        onChange={f.change}
        essentialsEnd={essentialsEnd}
        dealSlot={dealSlot}
      />
      <FormActions submitLabel={submitLabel} busy={f.saving} onCancel={onCancel} />
    </form>
  );
}
