import { getDb } from '../../extension/data/db';
import { rowOf } from '../../extension/data/leads/lead-rows';
import { SYNC_CONFIG_KEY } from '../../extension/data/sync/sync-switch';
import { teamRepRows } from '../../extension/data/sync/team-rep-rows';
import type { LeadDoc } from '../../shared/sync/team-docs';
import { generatePipeline } from '../../test/support/generate-pipeline';

const CHUNK = 5_000;

/**
 * A synced team in the extension's own database: this browser's member with
 * `leadsEach` leads of their own, and `reps - 1` other reps' pulled lead
 * documents and status documents in `teamDocs` (and packed in `teamReps`), as a sync leaves them. The
 * server address is a closed loopback port: the screen's sync requests fail at
 * once (offline), as on a train.
 */
export async function seedTeam(reps: number, leadsEach: number): Promise<{ leads: number; events: number }> {
  const db = getDb();
  await Promise.all([db.leads.clear(), db.meta.clear(), db.teamDocs.clear(), db.teamReps.clear()]);
  let events = 0;
  for (let r = 0; r < reps; r++) {
    const owner = `rep${String(r).padStart(2, '0')}`;
    const g = generatePipeline({ leads: leadsEach, seed: 100 + r });
    const byLead = Map.groupBy(g.stageEvents, (e) => e.leadId);
    events += g.stageEvents.length;
    const id = (x: string) => `${owner}-${x}`;
    if (r === 0) {
      const rows = g.leads.map((l) => rowOf({ ...l, id: id(l.id) }, byLead.get(l.id) ?? []));
      for (let i = 0; i < rows.length; i += CHUNK) await db.leads.bulkAdd(rows.slice(i, i + CHUNK));
      continue;
    }
    const docs = g.leads.map((l) => {
      const doc: LeadDoc = {
        _id: `lead:${id(l.id)}`,
        type: 'lead',
        owner,
        lead: { ...l, id: id(l.id) },
        events: (byLead.get(l.id) ?? []).map(({ id: _i, ...e }) => ({ ...e, leadId: id(l.id) })),
        clock: {},
      };
      return { id: doc._id, type: 'lead', owner, doc, rev: `1-${r}` };
    });
    for (let i = 0; i < docs.length; i += CHUNK) await db.teamDocs.bulkAdd(docs.slice(i, i + CHUNK));
    const rep = { _id: `rep:${owner}`, type: 'rep', owner, syncedAt: Date.now() };
    const status = { id: rep._id, type: 'rep', owner, doc: rep, rev: '1-x' };
    await db.teamDocs.add(status);
    // The rep's packed record, as sync writes it beside the documents.
    await db.teamReps.bulkPut(teamRepRows([...docs, status]));
  }
  await db.meta.put({
    key: SYNC_CONFIG_KEY,
    value: { server: 'http://127.0.0.1:9', database: 'bench', name: 'rep00' },
  });
  return { leads: reps * leadsEach, events };
}

/** Forgets the Team screen's saved view: the next opening reads and computes, as after a sync brought changes. */
export async function forgetTeamView(): Promise<void> {
  await getDb().meta.delete('team-view-cache');
}
