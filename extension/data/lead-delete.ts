import type { Lead } from '../../shared/model/lead';
import type { StageEvent } from '../../shared/model/stage-event';
import type { EmbudoDb } from './db';
import { summaryUpdater } from './pipeline-summary';

/** What a delete removed: enough to put it all back. */
export interface DeletedLead {
  lead: Lead;
  events: StageEvent[];
}

/** Deletes a lead and its history together; returns them for undo. */
export async function deleteLead(db: EmbudoDb, id: string): Promise<DeletedLead | undefined> {
  return db.transaction('rw', db.leads, db.stageEvents, db.meta, async () => {
    const lead = await db.leads.get(id);
    if (!lead) return undefined;
    const updateSummary = await summaryUpdater(db);
    const events = await db.stageEvents.where('leadId').equals(id).toArray();
    await db.stageEvents.bulkDelete(events.map((ev) => ev.id as number));
    await db.leads.delete(id);
    await updateSummary([{ before: lead }]);
    return { lead, events };
  });
}

/** Undo of a delete: the lead and its events come back with their ids. Fails (writes nothing) if the id or a dedupe key is taken. */
export async function restoreLead(db: EmbudoDb, deleted: DeletedLead): Promise<void> {
  await db.transaction('rw', db.leads, db.stageEvents, db.meta, async () => {
    const updateSummary = await summaryUpdater(db);
    await db.leads.add(deleted.lead);
    await db.stageEvents.bulkAdd(deleted.events);
    await updateSummary([{ after: deleted.lead }]);
  });
}
