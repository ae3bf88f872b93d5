import { signal } from '@preact/signals';
import type { EditableField } from '../../../shared/model/contact-fields';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { getDb } from '../../data/db';
import { deleteLead, restoreLead } from '../../data/leads/lead-delete';
import { DuplicateLeadError, updateLead } from '../../data/leads/lead-edits';
import { eventsOf, getLead } from '../../data/leads/lead-queries';
import { type MoveInput, moveLead } from '../../data/leads/lead-repository';
import { t } from '../../ui/i18n';
import { closeLead, openLead } from '../navigation-store';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { showNotice } from '../ui/notice-store';
import type { TagPicks } from '../ui/why-buy-pickers';
import { type FieldErrors, type LeadForm, parseForm } from './lead-form-model';

/** The open lead with its history; `missing` when it was deleted meanwhile. */
type DetailState = { lead: Lead; events: StageEvent[] } | 'missing' | null;
export const detail = signal<DetailState>(null);

export async function loadDetail(id: string): Promise<void> {
  const db = getDb();
  const [lead, events] = await Promise.all([getLead(db, id), eventsOf(db, id)]);
  detail.value = lead ? { lead, events } : 'missing';
}

/** Validates and saves the form; returns the errors to show (empty when saved). */
export async function saveEdits(
  id: string,
  form: LeadForm,
  badInput: readonly EditableField[],
  picks?: TagPicks,
): Promise<FieldErrors> {
  const parsed = parseForm(form, badInput);
  if (!parsed.ok) return parsed.errors;
  try {
    const lead = await updateLead(getDb(), id, { ...parsed.edit, ...picks });
    showNotice({ text: t('leadSaved', lead.name) });
  } catch (err) {
    if (err instanceof DuplicateLeadError) return { [err.field]: 'errDuplicate' };
    throw err;
  }
  await Promise.all([refreshAfterWrite(), loadDetail(id)]);
  return {};
}

export async function applyMove(lead: Lead, move: MoveInput): Promise<void> {
  const moved = await moveLead(getDb(), lead.id, move);
  showNotice({ text: t('leadMoved', moved.name) });
  await Promise.all([refreshAfterWrite(), loadDetail(lead.id)]);
}

/** Deletes the lead and its history; the notice offers Undo, which puts both back. */
export async function removeLead(lead: Lead): Promise<void> {
  const db = getDb();
  const deleted = await deleteLead(db, lead.id);
  closeLead();
  await refreshAfterWrite();
  if (!deleted) return;
  showNotice({
    text: t('leadDeleted', lead.name),
    undo: async () => {
      try {
        await restoreLead(db, deleted);
        showNotice({ text: t('leadRestored', lead.name) });
        await refreshAfterWrite();
        openLead(lead.id);
      } catch (err) {
        showNotice({ text: t('restoreFailed', String(err)) });
      }
    },
  });
}
