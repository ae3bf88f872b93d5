import type { Lead } from '../../../shared/model/lead';
import { mergeLeads } from '../../../shared/sync/lead-merge';
import type { EmbudoDb, LeadRow } from '../db';
import { leadOf } from '../leads/lead-rows';
import type { PendingDeletes } from './sync-deletes';
import { leadLocal, leadRowOf } from './sync-docs';
import { nextDirty } from './sync-marking';

type SummaryUpdate = (changes: { before?: Lead; after?: Lead }[]) => Promise<unknown>;

/** A pulled lead row to store (`after`), or a stored one to delete (no `after`). */
export interface LeadWrite {
  id: string;
  before?: LeadRow;
  after?: LeadRow;
}

/**
 * Stores pulled leads inside the replicator's transaction, with the pipeline
 * summary. A pulled lead can carry the LinkedIn URL or email of a different
 * local lead (both browsers captured the same person): the unique indexes
 * would refuse it and abort the whole pull, so the local lead is merged into
 * it instead (the merge rules of shared/sync/lead-merge.ts, its history
 * included) and deleted, and the result is pushed. A private local lead keeps
 * its place: the pulled one is merged into it and stays in this browser.
 */
export async function writeLeadRows(
  db: EmbudoDb,
  writes: readonly LeadWrite[],
  deletes: PendingDeletes,
  owner: string,
  updateSummary: SummaryUpdate,
): Promise<void> {
  const changes: { before?: Lead; after?: Lead }[] = [];
  const now = Date.now();
  for (const w of writes) {
    if (!w.after) {
      if (w.before) changes.push({ before: leadOf(w.before) });
      await db.leads.delete(w.id);
      continue;
    }
    let row = w.after;
    let target = w.before;
    for (let clash = await clashOf(db, row); clash; clash = await clashOf(db, row)) {
      if (clash.private) {
        // Private wins its place: the shared copy's content joins it, and stays here.
        row = { ...mergeRows(clash, row, owner), private: true, syncDirty: undefined };
        row.sync = clash.sync;
        if (target) changes.push({ before: leadOf(target) });
        if (target) await db.leads.delete(target.id);
        target = clash;
        continue;
      }
      row = { ...mergeRows(row, clash, owner), syncDirty: nextDirty(row.syncDirty, now) };
      changes.push({ before: leadOf(clash) });
      await db.leads.delete(clash.id);
      if (clash.sync?.rev) deletes[clash.id] = { row: clash, dirty: nextDirty(clash.syncDirty, now) };
    }
    changes.push({ before: target && leadOf(target), after: leadOf(row) });
    await db.leads.put(row);
  }
  await updateSummary(changes);
}

/** Another stored lead holding one of `row`'s dedupe keys. */
async function clashOf(db: EmbudoDb, row: LeadRow): Promise<LeadRow | undefined> {
  for (const field of ['linkedinUrl', 'email'] as const) {
    const value = row[field];
    if (!value) continue;
    const other = await db.leads.where(field).equals(value).first();
    if (other && other.id !== row.id) return other;
  }
  return undefined;
}

/** `other` merged into `keep` under `keep`'s id: its history follows it. */
function mergeRows(keep: LeadRow, other: LeadRow, owner: string): LeadRow {
  const a = leadLocal(keep, owner);
  const b = leadLocal(other, owner);
  if (a.doc.type !== 'lead' || b.doc.type !== 'lead') throw new Error('not leads');
  const moved = {
    lead: { ...b.doc.lead, id: keep.id },
    events: b.doc.events.map((e) => ({ ...e, leadId: keep.id })),
    clock: b.doc.clock,
  };
  const merged = mergeLeads(a.doc, moved);
  return leadRowOf({ ...a, doc: { ...a.doc, ...merged } });
}
