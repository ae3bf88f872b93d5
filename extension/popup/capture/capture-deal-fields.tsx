import type { ComponentChildren } from 'preact';
import { t } from '../../ui/i18n';
import { START_STAGES } from '../lead/move-logic';
import { stageName } from '../settings-store';
import { Disclosure } from '../ui/disclosure';
import { FieldError } from '../ui/field-error';
import type { DealForm } from './capture-deal-model';

type DealErrors = Partial<Record<keyof DealForm, Parameters<typeof t>[0]>>;

interface Props {
  deal: DealForm;
  errors: DealErrors;
  /** Saving updates a stored lead: no stage means "keep its stage" rather than Awareness. */
  updates: boolean;
  currency: string;
  onChange: (field: keyof DealForm, value: string) => void;
  /** Room for pickers other features add (reasons to buy, decision helpers). */
  slot?: ComponentChildren;
}

/** The deal, one step away under the contact fields: saved with the lead in the same write. */
export function CaptureDealFields({ deal, errors, updates, currency, onChange, slot }: Props) {
  const err = (f: keyof DealForm) => <FieldError fieldId={`deal-${f}`} error={errors[f]} />;
  const common = (f: keyof DealForm) => ({
    id: `deal-${f}`,
    name: f,
    value: deal[f],
    'aria-invalid': errors[f] ? ('true' as const) : undefined,
    'aria-describedby': errors[f] ? `deal-${f}-error` : undefined,
    onInput: (e: Event) => onChange(f, (e.currentTarget as HTMLInputElement).value),
  });
  return (
    <Disclosure
      class="deal-fields"
      summary={t('dealFieldsSummary')}
      forceOpen={Object.values(errors).some(Boolean)}
    >
      <div class="deal-grid">
        <div class="field">
          <label for="deal-stage">{t('fieldStage')}</label>
          <select {...common('stage')} onChange={common('stage').onInput}>
            <option value="">{updates ? t('keepStage') : stageName('awareness')}</option>
            {START_STAGES.filter((s) => updates || s !== 'awareness').map((s) => (
              <option key={s} value={s}>
                {stageName(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="deal-value">{t('fieldValueIn', currency)}</label>
          <input {...common('value')} type="text" inputMode="decimal" />
          {err('value')}
        </div>
        <div class="field">
          <label for="deal-nextStep">{t('fieldNextStep')}</label>
          <input {...common('nextStep')} type="text" />
          {err('nextStep')}
        </div>
        <div class="field">
          <label for="deal-nextStepDue">{t('fieldNextStepDue')}</label>
          <input {...common('nextStepDue')} type="date" />
          {err('nextStepDue')}
        </div>
        <div class="field deal-notes">
          <label for="deal-notes">{t('fieldNotes')}</label>
          <textarea {...common('notes')} rows={2} />
          {err('notes')}
        </div>
        {slot}
      </div>
    </Disclosure>
  );
}
