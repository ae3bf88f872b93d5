import { followChanges } from '../../shared/sync/changes-feed';
import { checkpointKey } from '../../shared/sync/checkpoint';
import { couchClient } from '../../shared/sync/couch-client';
import type { EmbudoDb } from '../data/db';
import { DexieStore } from '../data/sync/dexie-store';
import { readSyncConfig, replicaId } from '../data/sync/sync-config';
import type { SyncState } from '../data/sync/sync-state';

/** An open Team screen says so this often; one silent for longer is taken as closed. */
export const TEAM_FEED_LEASE_MS = 30_000;

interface TeamFeedDeps {
  db: () => EmbudoDb;
  fetch: typeof fetch;
  /** A sync run (pull, then push); undefined when sync is off. */
  run: () => Promise<SyncState | undefined>;
  now?: () => number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const early = () => {
      clearTimeout(timer);
      resolve();
    };
    signal.addEventListener('abort', early, { once: true });
  });

/**
 * The team database's changes feed while a Team screen is open. Each open
 * screen holds a lease it renews with a `team-feed` message (its heartbeat,
 * which also keeps the service worker awake); the feed runs while any lease
 * is live and stops when the last screen says it closed or falls silent.
 */
export function teamFeed(deps: TeamFeedDeps) {
  const now = deps.now ?? Date.now;
  const leases = new Map<string, number>();
  let feed: ReturnType<typeof followChanges> | null = null;
  let check: ReturnType<typeof setTimeout> | undefined;

  const start = async () => {
    const db = deps.db();
    const config = await readSyncConfig(db);
    if (!config || feed || !leases.size) return;
    const client = couchClient({ server: config.server, database: config.database, fetch: deps.fetch });
    const store = new DexieStore(db, config.name);
    const key = checkpointKey(await replicaId(db));
    feed = followChanges({
      client,
      since: async () => (await store.getCheckpoint(key))?.since ?? 0,
      onChange: async () => {
        const state = await deps.run();
        return state !== undefined && !state.error;
      },
      sleep,
    });
  };
  const stop = () => {
    feed?.stop();
    feed = null;
  };
  /** Drops silent screens; stops the feed when none is left, else looks again when the next lease ends. */
  const expire = () => {
    clearTimeout(check);
    for (const [id, until] of leases) if (until <= now()) leases.delete(id);
    if (!leases.size) return stop();
    check = setTimeout(expire, Math.min(...leases.values()) - now() + 10);
  };

  return {
    /** A screen opened or is still open (`open`), or closed. */
    async hold(screen: string, open: boolean): Promise<{ ok: true; following: boolean }> {
      if (open) leases.set(screen, now() + TEAM_FEED_LEASE_MS);
      else leases.delete(screen);
      expire();
      if (leases.size) await start();
      return { ok: true, following: feed !== null };
    },
    /** Sync switched off: nothing to follow. */
    stop,
  };
}
export type TeamFeed = ReturnType<typeof teamFeed>;
