import { useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { type MessageKey, t } from '../../ui/i18n';
import { FieldError } from '../ui/field-error';
import { FormActions } from '../ui/form-actions';
import type { FieldErrors } from './lead-form-model';
import { saveNextStep } from './next-step-store';

interface Props {
  lead: Lead;
  /** Prefix for element ids: the detail and the page's lead card may both be on screen. */
  idPrefix: string;
  onDone: () => void;
}

interface FieldProps {
  id: string;
  label: MessageKey;
  type: 'text' | 'date';
  value: string;
  error: MessageKey | undefined;
  onInput: (value: string) => void;
}

function Field({ id, label, type, value, error, onInput }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        // Preact types each input type apart; both kinds take the same attributes here.
        type={type as 'text'}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldError fieldId={id} error={error} />
    </div>
  );
}

/** The next step and its date, set in place (the detail's header and the page's lead card). */
export function NextStepForm({ lead, idPrefix, onDone }: Props) {
  const [step, setStep] = useState(lead.nextStep ?? '');
  const [due, setDue] = useState(lead.nextStepDue ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dueId = `${idPrefix}-next-due`;
  return (
    <form
      class="next-step-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const dueInput = e.currentTarget.querySelector<HTMLInputElement>(`#${dueId}`);
        setBusy(true);
        try {
          const found = await saveNextStep(lead, step, due, dueInput?.validity.badInput ?? false);
          setErrors(found);
          if (Object.keys(found).length === 0) onDone();
        } finally {
          setBusy(false);
        }
      }}
    >
      <Field
        id={`${idPrefix}-next-step`}
        label="fieldNextStep"
        type="text"
        value={step}
        error={errors.nextStep}
        onInput={setStep}
      />
      <Field
        id={dueId}
        label="fieldNextStepDue"
        type="date"
        value={due}
        error={errors.nextStepDue}
        onInput={setDue}
      />
      <FormActions submitLabel={t('saveNextStep')} busy={busy} onCancel={onDone} />
    </form>
  );
}
