import type { Core as DBCore, LeadRow } from '../db';

/**
 * Leads deleted here (or made private) after they were shared, waiting for
 * their deletion to reach the server. One `meta` record holds them all: such
 * deletions are rare, and every lead write already has `meta` in its
 * transaction (the pipeline summary), so checking them costs one read per
 * write call, not one per lead. Keyed by lead id.
 */
export const DELETES_KEY = 'syncDeletes';

interface PendingDelete {
  /** The lead as it was when deleted: its last content and server revision. */
  row: LeadRow;
  dirty: number;
}
export type PendingDeletes = Record<string, PendingDelete>;

export const isPendingDeletes = (v: unknown): v is PendingDeletes =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

async function read(core: DBCore, trans: IDBTransaction): Promise<PendingDeletes | undefined> {
  if (!trans.objectStoreNames.contains('meta')) return undefined;
  const row = await core.table('meta').get({ trans, key: DELETES_KEY });
  return isPendingDeletes(row?.value) ? row.value : {};
}

async function write(core: DBCore, trans: IDBTransaction, value: PendingDeletes): Promise<void> {
  const meta = core.table('meta');
  if (Object.keys(value).length)
    await meta.mutate({ type: 'put', trans, values: [{ key: DELETES_KEY, value }] });
  else await meta.mutate({ type: 'delete', trans, keys: [DELETES_KEY] });
}

/**
 * Records `gone` (shared leads deleted or made private) and forgets the ones in
 * `back` (written again as shared leads: an undo, or private switched off);
 * returns what was forgotten, so those rows keep their server revision.
 */
export async function settleDeletes(
  core: DBCore,
  trans: IDBTransaction,
  gone: readonly LeadRow[],
  back: readonly string[],
  now: number,
): Promise<Map<string, PendingDelete>> {
  const dropped = new Map<string, PendingDelete>();
  const pending = await read(core, trans);
  if (!pending) {
    if (gone.length) throw new Error('deleting a shared lead needs the meta store in the transaction');
    return dropped;
  }
  if (!gone.length && !back.some((id) => id in pending)) return dropped;
  const next = { ...pending };
  for (const id of back) {
    const d = next[id];
    if (d) dropped.set(id, d);
    delete next[id];
  }
  for (const row of gone) next[row.id] = { row, dirty: Math.max(now, (next[row.id]?.dirty ?? 0) + 1) };
  await write(core, trans, next);
  return dropped;
}
