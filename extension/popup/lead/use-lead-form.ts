import { useState } from 'preact/hooks';
import { EDITABLE_FIELDS, type EditableField } from '../../../shared/model/contact-fields';
import type { FieldErrors, LeadForm } from './lead-form-model';

/**
 * Fields the browser holds but cannot read, such as a half-typed date: their
 * value reads as empty (and no input event fires), so they are asked at submit.
 */
export function unreadableFields(form: HTMLFormElement): EditableField[] {
  return [...form.querySelectorAll('input')]
    .filter((i) => i.validity.badInput)
    .map((i) => i.name as EditableField);
}

/** Form text and the errors shown, for one lead form (detail or add by hand). */
export function useLeadForm(initial: () => LeadForm) {
  const [form, setForm] = useState<LeadForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const change = (field: EditableField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // The message goes as soon as the rep edits the field; it returns on the next save if still wrong.
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  /** Moves focus to the first field in error (in form order), so keyboard and screen-reader users land on it. */
  const focusFirstError = (found: FieldErrors) => {
    const first = EDITABLE_FIELDS.find((k) => found[k]);
    if (first) requestAnimationFrame(() => document.getElementById(`lead-${first}`)?.focus());
  };
  return { form, setForm, errors, setErrors, saving, setSaving, change, focusFirstError };
}
