import type { Lead } from '../../../shared/model/lead';
import { getDb } from '../../data/db';
import { updateLead } from '../../data/leads/lead-edits';
import { type MoveInput, moveLead } from '../../data/leads/lead-repository';
import { t } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { showNotice } from '../ui/notice-store';

/**
 * What a problem row can do without opening the lead: the writes are the
 * lead detail's own (updateLead, moveLead, each validated), and the refresh
 * after them recounts the problems, so a fixed lead leaves the list.
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

export async function moveFromProblems(lead: Lead, move: MoveInput): Promise<void> {
  const moved = await moveLead(getDb(), lead.id, move);
  await afterWrite(t('leadMoved', moved.name));
}
