import type { Core as DBCore } from '../db';

/** Row of `meta` holding the team connection (sync-config.ts); present only while sync is on. */
export const SYNC_CONFIG_KEY = 'syncConfig';

/**
 * Whether a write in `trans` must be marked for the next push: sync is on.
 * One read per write call. A transaction without `meta` cannot tell; every
 * lead and review writer includes it (the pipeline summary, the review log).
 */
export async function syncIsOn(core: DBCore, trans: IDBTransaction): Promise<boolean> {
  if (!trans.objectStoreNames.contains('meta')) return false;
  const row = await core.table('meta').get({ trans, key: SYNC_CONFIG_KEY });
  return row?.value !== undefined;
}
