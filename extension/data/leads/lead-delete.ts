import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { EmbudoDb } from '../db';
import { leadOf, rowOf } from './lead-rows';
import { summaryUpdater } from './pipeline-summary';

/** What a delete removed: enough to put it all back. */
interface DeletedLead {
  lead: Lead;
  events: StageEvent[];
}

/** Deletes a lead and its history (one record since schema v2); returns them for undo. */
export async function deleteLead(db: EmbudoDb, id: string): Promise<DeletedLead | undefined> {
  return db.transaction('rw', db.leads, db.meta, async () => {
    const row = await db.leads.get(id);
    if (!row) return undefined;
    const lead = leadOf(row);
    const updateSummary = await summaryUpdater(db);
    await db.leads.delete(id);
    await updateSummary([{ before: lead }]);
    return { lead, events: row.events };
  });
}

/** Undo of a delete: the lead comes back with its id and history. Fails (writes nothing) if the id or a dedupe key is taken. */
export async function restoreLead(db: EmbudoDb, deleted: DeletedLead): Promise<void> {
  await db.transaction('rw', db.leads, db.meta, async () => {
    const updateSummary = await summaryUpdater(db);
    await db.leads.add(rowOf(deleted.lead, deleted.events));
    await updateSummary([{ after: deleted.lead }]);
  });
}
