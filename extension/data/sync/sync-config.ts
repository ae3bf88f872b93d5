import type { EmbudoDb, LeadRow, ReviewRow } from '../db';
import { DELETES_KEY } from './sync-deletes';
import { clockOf, markSyncWrite, nextDirty } from './sync-marking';
import { SYNC_CONFIG_KEY } from './sync-switch';

/** The team connection, without the password (never stored: the browser keeps the session cookie). */
export interface SyncConfig {
  server: string;
  database: string;
  name: string;
}

const REPLICA_KEY = 'syncReplicaId';
/** The last server, database and user this browser synced with: another one starts afresh. */
const TARGET_KEY = 'syncTarget';

const targetOf = (c: SyncConfig) => `${c.server.replace(/\/+$/, '')} ${c.database} ${c.name}`;

function isConfig(v: unknown): v is SyncConfig {
  const c = v as SyncConfig | undefined;
  return typeof c?.server === 'string' && typeof c.database === 'string' && typeof c.name === 'string';
}

export async function readSyncConfig(db: EmbudoDb): Promise<SyncConfig | undefined> {
  const v = (await db.meta.get(SYNC_CONFIG_KEY))?.value;
  return isConfig(v) ? v : undefined;
}

/** This browser's copy, named in its checkpoints: random, kept for good. */
export async function replicaId(db: EmbudoDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const v = (await db.meta.get(REPLICA_KEY))?.value;
    if (typeof v === 'string') return v;
    const id = crypto.randomUUID();
    await db.meta.put({ key: REPLICA_KEY, value: id });
    return id;
  });
}

/**
 * Switches sync on (after a successful sign-in): from now on every write is
 * marked for the push, and every lead (not private) and review already here is
 * marked now, so the first run sends the whole pipeline. A different server,
 * database or user than last time starts from nothing: revisions, checkpoints
 * and other reps' documents of the old team are dropped (local records stay).
 */
export async function turnSyncOn(db: EmbudoDb, config: SyncConfig, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.leads, db.reviews, db.teamDocs, db.teamReps, db.meta], async (tx) => {
    markSyncWrite(tx.idbtrans);
    const fresh = (await db.meta.get(TARGET_KEY))?.value !== targetOf(config);
    if (fresh) {
      await db.teamDocs.clear();
      await db.teamReps.clear();
      await db.meta.where('key').startsWith('syncCheckpoint:').delete();
      await db.meta.delete(DELETES_KEY);
    }
    await db.leads.toCollection().modify((row: LeadRow) => {
      const sync = { ...row.sync, clock: clockOf(row) };
      if (fresh) {
        delete sync.rev;
        delete sync.losers;
      }
      row.sync = sync;
      if (!row.private) row.syncDirty = nextDirty(row.syncDirty, now);
    });
    await db.reviews.toCollection().modify((row: ReviewRow) => {
      if (fresh) delete row.sync;
      row.syncDirty = nextDirty(row.syncDirty, now);
    });
    await db.meta.bulkPut([
      { key: SYNC_CONFIG_KEY, value: config },
      { key: TARGET_KEY, value: targetOf(config) },
    ]);
  });
}

/** Stops marking writes; every local record stays. */
export async function turnSyncOff(db: EmbudoDb): Promise<void> {
  await db.meta.delete(SYNC_CONFIG_KEY);
}
