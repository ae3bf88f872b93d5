import type { Lead } from '../../../shared/model/lead';
import { getDb } from '../../data/db';
import { updateLead } from '../../data/leads/lead-edits';
import { t } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { showNotice } from '../ui/notice-store';

/**
 * A problem row's next step, set without opening the lead: the lead detail's
 * own write (updateLead, validated), and the refresh after it recounts the
 * problems, so a fixed lead leaves the list. Moves go through moveAndRefresh.
 */
async function afterWrite(text: string): Promise<void> {
  showNotice({ text });
  await refreshAfterWrite();
}

/** Sets the next step and its due date (YYYY-MM-DD, or empty for none). Throws on invalid input, writing nothing. */
export async function setNextStep(lead: Lead, step: string, due: string): Promise<void> {
  const saved = await updateLead(getDb(), lead.id, {
    nextStep: step.trim() || undefined,
    nextStepDue: due || undefined,
  });
  await afterWrite(t('problemNextStepSaved', saved.name));
}
