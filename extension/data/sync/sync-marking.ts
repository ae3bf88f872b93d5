import { stampClock } from '../../../shared/sync/field-clock';
import type {
  CoreMiddleware,
  Core as DBCore,
  CoreMutateRequest as DBCoreMutateRequest,
  CoreTable as DBCoreTable,
  CoreTransaction as DBCoreTransaction,
  LeadRow,
  ReviewRow,
} from '../db';
import { leadOf } from '../leads/lead-rows';
import { settleDeletes } from './sync-deletes';
import { syncIsOn } from './sync-switch';

/**
 * Transactions the replicator writes in: their rows come from the server (or
 * are being marked pushed), so they are stored as given. Keyed by the
 * IndexedDB transaction, which is what Dexie hands each middleware call.
 */
const syncWrites = new WeakSet<object>();
export const markSyncWrite = (idbtrans: object) => syncWrites.add(idbtrans);

/** The next "push me" value: never the same as the one a running push read, and oldest first. */
export const nextDirty = (before: number | undefined, now: number) => Math.max(now, (before ?? 0) + 1);

/** A lead's field clock before v3 knew about it: every field as old as the lead's last update. */
export const clockOf = (row: LeadRow) =>
  row.sync?.clock ?? stampClock(undefined, leadOf(row), {}, row.updatedAt);

/**
 * Every local write of a lead or review marks it for the next push in the
 * same transaction as the write, whatever code wrote it (repository, edits,
 * moves, capture, CSV and backup imports): a writer cannot forget. Leads also
 * get their field clock stamped (shared/sync/field-clock.ts), and keep their
 * server revision across writers that rebuild the row from a `Lead`. A lead
 * made private, or deleted, after it was shared leaves a deletion to push
 * (sync-deletes.ts); `clear()` (delete all my data) is a local wipe and does not.
 * Only while sync is on: with it off, rows are stored exactly as written, and
 * switching it on marks every shared-to-be row at once (sync-config.ts).
 */
export const syncMarking: CoreMiddleware = {
  stack: 'dbcore',
  name: 'embudo-sync-marking',
  // Below all of Dexie's own layers, next to IndexedDB: they read Dexie's zone, which an `await` here would lose.
  level: -2,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'leads' && name !== 'reviews') return table;
      return {
        ...table,
        async mutate(req) {
          const trans = req.trans as DBCoreTransaction & IDBTransaction;
          if (syncWrites.has(trans) || trans.mode === 'versionchange') return table.mutate(req);
          if (req.type === 'deleteRange' || !(await syncIsOn(down, trans))) return table.mutate(req);
          const now = Date.now();
          if (req.type === 'delete') {
            if (name === 'leads') await noteDeletes(down, table, trans, req.keys);
            return table.mutate(req);
          }
          const before: unknown[] =
            req.type === 'put' ? await table.getMany({ trans, keys: req.values.map(keyOf) }) : [];
          const values =
            name === 'leads'
              ? await markLeads(down, trans, req.values as LeadRow[], before as (LeadRow | undefined)[], now)
              : (req.values as ReviewRow[]).map((v, i) =>
                  markReview(v, before[i] as ReviewRow | undefined, now),
                );
          return table.mutate({ ...req, values } as DBCoreMutateRequest);
        },
      } satisfies DBCoreTable;
    },
  }),
};

const keyOf = (v: { id: string }) => v.id;

function markReview(v: ReviewRow, before: ReviewRow | undefined, now: number): ReviewRow {
  return { ...v, sync: before?.sync, syncDirty: nextDirty(before?.syncDirty, now) };
}

async function markLeads(
  core: DBCore,
  trans: IDBTransaction,
  values: readonly LeadRow[],
  before: readonly (LeadRow | undefined)[],
  now: number,
): Promise<LeadRow[]> {
  const hidden = values.flatMap((v, i) => {
    const was = before[i];
    return v.private && was && !was.private && was.sync?.rev ? [was] : [];
  });
  // A lead written again as shared (an undone delete, private switched off) before its
  // deletion was pushed: the deletion is no longer wanted, and the lead keeps its revision.
  const shown = values.filter((v) => !v.private).map((v) => v.id);
  const dropped = await settleDeletes(core, trans, hidden, shown, now);
  return values.map((v, i) => {
    const was = before[i];
    const { syncDirty: _d, sync: _s, ...row } = v;
    // The write's own time (every writer sets updatedAt, from the `now` it was given).
    const clock = stampClock(was && leadOf(was), leadOf(v), was ? clockOf(was) : {}, v.updatedAt);
    const rev = was?.sync?.rev ?? dropped.get(v.id)?.row.sync?.rev;
    const next: LeadRow = { ...row, sync: { ...was?.sync, clock, ...(rev ? { rev } : {}) } };
    if (v.private) return next;
    const dirty = Math.max(nextDirty(was?.syncDirty, now), dropped.get(v.id)?.dirty ?? 0);
    return { ...next, syncDirty: dirty };
  });
}

async function noteDeletes(core: DBCore, table: DBCoreTable, trans: IDBTransaction, keys: unknown[]) {
  const rows = (await table.getMany({ trans, keys })) as (LeadRow | undefined)[];
  const shared = rows.filter((r): r is LeadRow => !!r?.sync?.rev && !r.private);
  if (shared.length) await settleDeletes(core, trans, shared, [], Date.now());
}
