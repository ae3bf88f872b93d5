import { couchClient } from '../../shared/sync/couch-client';
import { connect, syncOnce } from '../../shared/sync/replicate';
import { SyncError } from '../../shared/sync/sync-error';
import { PROCESS_DOC_ID } from '../../shared/sync/team-docs';
import type { EmbudoDb } from '../data/db';
import { DexieStore } from '../data/sync/dexie-store';
import {
  readSyncConfig,
  replicaId,
  type SyncConfig,
  turnSyncOff,
  turnSyncOn,
} from '../data/sync/sync-config';
import {
  NO_SYNC_STATE,
  readSyncState,
  SYNC_STATE_KEY,
  type SyncState,
  saveSyncState as saveState,
} from '../data/sync/sync-state';
import { coalesce } from './badge';

interface SyncRunnerDeps {
  db: () => EmbudoDb;
  fetch: typeof fetch;
  now?: () => number;
  /** After every run (and on connect or off): the scheduler plans the next run, the badge follows. */
  onState?: (state: SyncState, on: boolean) => Promise<unknown>;
}

const asSyncError = (err: unknown) =>
  err instanceof SyncError
    ? err
    : new SyncError('bad-response', err instanceof Error ? err.message : String(err));

const clientOf = (c: SyncConfig, f: typeof fetch) =>
  couchClient({ server: c.server, database: c.database, fetch: f });

/**
 * The background's sync: one run at a time (calls during a run share one more
 * run after it), each a pull then a push over the extension's database. The
 * outcome is kept in `meta` for Settings and the badge; a run cut short by the
 * service worker stopping is simply done again by the next one (the
 * replicator is built for that), and loses nothing.
 */
export function syncRunner(deps: SyncRunnerDeps) {
  const now = deps.now ?? Date.now;

  const run = coalesce(async (): Promise<SyncState | undefined> => {
    const db = deps.db();
    const config = await readSyncConfig(db);
    if (!config) return undefined;
    const before = await readSyncState(db);
    let lastProgress = 0;
    const started = now();
    await saveState(db, { ...before, running: { phase: 'pull', done: 0, since: started } });
    let state: SyncState;
    try {
      const report = await syncOnce({
        client: clientOf(config, deps.fetch),
        store: new DexieStore(db, config.name),
        replicaId: await replicaId(db),
        onProgress: (p) => {
          // Settings shows progress; a write per batch at most every half second is plenty.
          if (now() - lastProgress < 500) return;
          lastProgress = now();
          void saveState(db, { ...before, running: { ...p, since: started } });
        },
      });
      state = { syncedAt: now(), failures: 0, lead: report.lead };
    } catch (err) {
      const e = asSyncError(err);
      console.warn(`[embudo] sync failed (${e.kind}): ${e.message}`);
      const ids = e.ids.length ? { ids: [...e.ids] } : {};
      state = {
        ...before,
        running: undefined,
        error: { kind: e.kind, detail: e.message, at: now(), ...ids },
      };
      state.failures = before.failures + 1;
      // The server refused the process: whatever the last session said, this user does not lead.
      if (e.ids.includes(PROCESS_DOC_ID)) state.lead = false;
    }
    // Switched off meanwhile: leave no state behind.
    const still = await readSyncConfig(db);
    if (still) await saveState(db, state);
    await deps.onState?.(state, Boolean(still));
    return state;
  });

  return {
    run,
    /** Signs in (the browser keeps the session cookie), switches sync on and starts the first run. */
    async connect(c: SyncConfig & { password: string }) {
      const db = deps.db();
      let lead: boolean;
      try {
        ({ lead } = await connect({ ...c, fetch: deps.fetch }));
      } catch (err) {
        const e = asSyncError(err);
        return { ok: false as const, kind: e.kind, detail: e.message };
      }
      const config = { server: c.server.replace(/\/+$/, ''), database: c.database, name: c.name };
      await turnSyncOn(db, config, now());
      await saveState(db, { ...NO_SYNC_STATE, lead });
      void run();
      return { ok: true as const };
    },
    /** Stops syncing and signs out of the server; every local record stays. */
    async off() {
      const db = deps.db();
      const config = await readSyncConfig(db);
      await turnSyncOff(db);
      await db.meta.delete(SYNC_STATE_KEY);
      await deps.onState?.(NO_SYNC_STATE, false);
      if (config)
        await clientOf(config, deps.fetch)
          .signOut()
          .catch(() => undefined);
      return { ok: true as const };
    },
  };
}
export type SyncRunner = ReturnType<typeof syncRunner>;
