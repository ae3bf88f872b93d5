import { type CaptureDeal, CaptureDealSchema } from '../../../shared/capture/deal';
import type { StageId } from '../../../shared/process/stage-list';
import type { MessageKey } from '../../ui/i18n';
import { parseAmount } from '../lead/lead-form-model';

/** The review form's deal section as typed; '' everywhere means "not filled". */
export interface DealForm {
  stage: StageId | '';
  value: string;
  nextStep: string;
  nextStepDue: string;
  notes: string;
}
export const EMPTY_DEAL: DealForm = { stage: '', value: '', nextStep: '', nextStepDue: '', notes: '' };

type DealErrors = Partial<Record<keyof DealForm, MessageKey>>;

const MESSAGE: Record<keyof DealForm, MessageKey> = {
  stage: 'errInvalid',
  value: 'errNumber',
  nextStep: 'errTooLong',
  nextStepDue: 'errDate',
  notes: 'errTooLong',
};

/**
 * The deal section → what `save-candidate` carries, checked by the same schema
 * the background applies. Nothing filled gives no deal at all; `badDue` is a
 * date the browser could not read. Pure.
 */
export function dealFromForm(
  form: DealForm,
  currency: string,
  badDue = false,
): { ok: true; deal?: CaptureDeal } | { ok: false; errors: DealErrors } {
  const raw: Record<string, unknown> = {};
  if (form.stage) raw.stage = form.stage;
  if (form.value.trim()) {
    raw.value = parseAmount(form.value);
    raw.currency = currency;
  }
  for (const f of ['nextStep', 'nextStepDue', 'notes'] as const) if (form[f].trim()) raw[f] = form[f].trim();
  const errors: DealErrors = {};
  if (badDue) errors.nextStepDue = 'errDate';
  if (typeof raw.value === 'number' && Number.isNaN(raw.value)) errors.value = 'errNumber';
  const parsed = CaptureDealSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issue.path[0] as keyof DealForm;
      if (f in MESSAGE)
        errors[f] ??= f === 'value' && issue.code === 'too_small' ? 'errNegative' : MESSAGE[f];
    }
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return Object.keys(parsed.data).length ? { ok: true, deal: parsed.data } : { ok: true };
}
