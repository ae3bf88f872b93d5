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
  // A stored lead whose dedupe keys stay as they are cannot clash with another (the
  // indexes are unique): no look-ups, one bulk write, first. That is every lead a push
  // marks as pushed, and most pulled edits; done one by one, it was half a first sync.
  const quiet = writes.filter((w) => w.before && w.after && sameKeys(w.before, w.after));
  if (quiet.length) {
    for (const w of quiet)
      changes.push({ before: leadOf(w.before as LeadRow), after: leadOf(w.after as LeadRow) });
    await db.leads.bulkPut(quiet.map((w) => w.after as LeadRow));
  }
  const done = new Set(quiet);
  for (const w of writes) {
    if (done.has(w)) continue;
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

const sameKeys = (a: LeadRow, b: LeadRow) => a.linkedinUrl === b.linkedinUrl && a.email === b.email;

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
