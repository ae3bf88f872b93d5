import type { Lead } from '../../../shared/model/lead';
import { getDb } from '../../data/db';
import { updateLead } from '../../data/leads/lead-edits';
import { t } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { showNotice } from '../ui/notice-store';
import { type FieldErrors, parseNextStep } from './lead-form-model';

/**
 * Sets a lead's next step and its date (nothing else of the lead is touched).
 * Returns the errors to show; empty when saved. An empty step clears it.
 */
export async function saveNextStep(
  lead: Lead,
  nextStep: string,
  due: string,
  badDue = false,
): Promise<FieldErrors> {
  const parsed = parseNextStep(nextStep, due, badDue);
  if (!parsed.ok) return parsed.errors;
  const saved = await updateLead(getDb(), lead.id, parsed.edit);
  showNotice({ text: t('leadSaved', saved.name) });
  await refreshAfterWrite();
  return {};
}
