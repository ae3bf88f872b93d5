import type { SyncErrorKind } from '../../../shared/sync/sync-error';
import type { EmbudoDb } from '../db';
import { DELETES_KEY, isPendingDeletes } from './sync-deletes';

/**
 * What the last sync runs did, as Settings and the toolbar badge show it
 * (kept in `meta` by background/sync-runner.ts, read by the popup). Pure helpers.
 */
export interface SyncState {
  /** When a run last finished without error. */
  syncedAt?: number;
  /** The last run's failure, until a run succeeds; `ids`: the documents the server refused. */
  error?: { kind: SyncErrorKind; detail: string; at: number; ids?: string[] };
  /** The signed-in user has the team's lead role (as the server last said): may save the team's process. */
  lead?: boolean;
  /** Failed runs in a row: what the retry backoff counts. */
  failures: number;
  /** A run is going on (with its progress), or was when the service worker stopped. */
  running?: { phase: 'pull' | 'push'; done: number; pending?: number; since: number };
}

export const SYNC_STATE_KEY = 'syncState';
export const NO_SYNC_STATE: SyncState = { failures: 0 };

/** Retry waits after 1, 2, 3 and more failures in a row, in minutes; 1 min while all is well. */
const BACKOFF_MINUTES = [1, 2, 5, 15] as const;

export function retryMinutes(failures: number): number {
  if (failures <= 0) return BACKOFF_MINUTES[0];
  return BACKOFF_MINUTES[Math.min(failures, BACKOFF_MINUTES.length) - 1] as number;
}

function isSyncState(v: unknown): v is SyncState {
  return typeof v === 'object' && v !== null && typeof (v as SyncState).failures === 'number';
}

export async function readSyncState(db: EmbudoDb): Promise<SyncState> {
  const v = (await db.meta.get(SYNC_STATE_KEY))?.value;
  return isSyncState(v) ? v : NO_SYNC_STATE;
}

export async function saveSyncState(db: EmbudoDb, state: SyncState): Promise<void> {
  await db.meta.put({ key: SYNC_STATE_KEY, value: state });
}

/** Records waiting to be pushed: index counts, no records read. */
export async function countWaiting(db: EmbudoDb): Promise<number> {
  const [leads, reviews, team, deletes] = await Promise.all([
    db.leads.where('syncDirty').above(0).count(),
    db.reviews.where('syncDirty').above(0).count(),
    db.teamDocs.where('syncDirty').above(0).count(),
    db.meta.get(DELETES_KEY),
  ]);
  return leads + reviews + team + (isPendingDeletes(deletes?.value) ? Object.keys(deletes.value).length : 0);
}
