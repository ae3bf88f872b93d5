// Team sync figures, run in an extension page of the test build (which may reach
// the loopback test server): the extension's own store and replicator, over
// databases of their own so the background's sync never joins in.

import { openDb } from '../../extension/data/db';
import { rowOf } from '../../extension/data/leads/lead-rows';
import { DexieStore } from '../../extension/data/sync/dexie-store';
import { turnSyncOn } from '../../extension/data/sync/sync-config';
import { couchClient } from '../../shared/sync/couch-client';
import { syncOnce } from '../../shared/sync/replicate';
import type { SyncProgress } from '../../shared/sync/sync-session';
import { generatePipeline } from '../../test/support/generate-pipeline';

export interface Team {
  server: string;
  database: string;
  name: string;
  password: string;
}

let copies = 0;

/** A browser's copy: a fresh database of the extension's schema, sync on, signed in. */
async function copyOf(team: Team, leads = 0) {
  const db = openDb(`bench-sync-${Date.now()}-${copies++}`);
  if (leads) {
    const data = generatePipeline({ leads, seed: 31 });
    const byLead = Map.groupBy(data.stageEvents, (e) => e.leadId);
    await db.leads.bulkAdd(data.leads.map((l) => rowOf(l, byLead.get(l.id) ?? [])));
  }
  await turnSyncOn(db, { server: team.server, database: team.database, name: team.name });
  const client = couchClient({ server: team.server, database: team.database, fetch: fetch.bind(globalThis) });
  await client.signIn(team.name, team.password);
  const store = new DexieStore(db, team.name);
  const replicaId = crypto.randomUUID();
  return {
    db,
    sync: (onProgress?: (p: SyncProgress) => void) => syncOnce({ client, store, replicaId, onProgress }),
  };
}

/** First sync of a pipeline of `leads` into an empty team database, with its progress reports. */
async function syncFirst(team: Team, leads: number) {
  const copy = await copyOf(team, leads);
  const progress: SyncProgress[] = [];
  const t0 = performance.now();
  const report = await copy.sync((p) => progress.push(p));
  const ms = performance.now() - t0;
  copy.db.close();
  return { ms, pushed: report.pushed, reports: progress.length, last: progress.at(-1) };
}

let incoming:
  | { from: Awaited<ReturnType<typeof copyOf>>; to: Awaited<ReturnType<typeof copyOf>> }
  | undefined;

/** Two copies of one rep's pipeline of `leads`, both synced: the second will pull the first's edits. */
async function prepareIncoming(team: Team, leads: number): Promise<void> {
  const from = await copyOf(team, leads);
  await from.sync();
  const to = await copyOf(team);
  await to.sync();
  incoming = { from, to };
}

/** Edits every lead of the first copy (as the app writes: marked, field clock stamped) and pushes them. */
async function pushEdits(round: number): Promise<number> {
  if (!incoming) throw new Error('prepareIncoming first');
  const { db } = incoming.from;
  const at = Date.now();
  // As the app's writers do: one transaction with `meta`, where the sync marking reads whether sync is on.
  const rows = await db.leads.toArray();
  const edited = rows.map((row) => ({ ...row, notes: `edited in round ${round}`, updatedAt: at }));
  await db.transaction('rw', db.leads, db.meta, () => db.leads.bulkPut(edited));
  return (await incoming.from.sync()).pushed;
}

/** Times the second copy's sync: pulling and applying the edits just pushed. */
async function pullEdits(): Promise<{ ms: number; pulled: number }> {
  if (!incoming) throw new Error('prepareIncoming first');
  const t0 = performance.now();
  const report = await incoming.to.sync();
  return { ms: performance.now() - t0, pulled: report.pulled };
}

export const syncApi = { syncFirst, prepareIncoming, pushEdits, pullEdits };
