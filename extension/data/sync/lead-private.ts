import type { EmbudoDb } from '../db';
import { leadOf, nextRow } from '../leads/lead-rows';
import { summaryUpdater } from '../leads/pipeline-summary';

/**
 * "Private: stays in this browser". A private lead is never sent to the team
 * server; making a lead private after it was shared deletes the team's copy on
 * the next push (sync-marking.ts), and switching it back shares it again.
 */
export async function setLeadPrivate(db: EmbudoDb, id: string, on: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.leads, db.meta, async () => {
    const row = await db.leads.get(id);
    if (!row) throw new Error(`no lead ${id}`);
    const lead = leadOf(row);
    if (Boolean(lead.private) === on) return;
    const { private: _p, ...rest } = lead;
    const next = {
      ...rest,
      ...(on ? { private: true as const } : {}),
      updatedAt: Math.max(now, lead.updatedAt),
    };
    const updateSummary = await summaryUpdater(db);
    await db.leads.put(nextRow(row, next));
    await updateSummary([{ before: lead, after: next }]);
  });
}
