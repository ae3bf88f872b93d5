import {
  allInTransaction,
  type EmbudoDb,
  type LeadRow,
  transactionPromise,
  withNativeTransaction,
} from '../db';

/**
 * Finding which stored leads hold a batch of dedupe keys (backup import, the
 * CSV preview, and the CSV rows IndexedDB refused to add: csv/csv-add-new.ts). Measured in Chromium with 10,000 new keys against 100,000 stored
 * leads (`npm run bench`, import into a 100k pipeline): Dexie's `anyOf` walks
 * the unique index with one cursor step per key, each step waiting for the
 * last; one `getKey` request per key, all sent at once, took about a third of
 * that; a Dexie query per key, more than twice as long again (its per-call
 * overhead). A cursor walk costs at most one step per stored lead, though, so
 * it stays the cheaper way while the pipeline is small next to the batch.
 */

type KeyIndex = 'linkedinUrl' | 'email';

const asPromise = <T>(req: IDBRequest<T>): Promise<T> =>
  transactionPromise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Primary keys of the leads holding any of `keys` in a unique index: every request in flight at once. */
async function idsHoldingKeys(
  tx: IDBTransaction,
  index: KeyIndex,
  keys: readonly string[],
): Promise<string[]> {
  const idx = tx.objectStore('leads').index(index);
  const found = await allInTransaction(keys.map((k) => asPromise(idx.getKey(k))));
  return found.filter((id): id is string => typeof id === 'string');
}

/** Whether the leads store holds more than `n` records: one cursor advance, whatever the store's size. */
export async function holdsMoreThan(tx: IDBTransaction, n: number): Promise<boolean> {
  const store = tx.objectStore('leads');
  return transactionPromise<boolean>((resolve, reject) => {
    const req = store.openKeyCursor();
    // Past the first record, `steps` more reach record n + 1 (advance takes a whole count ≥ 1).
    const steps = Math.floor(n);
    let advanced = false;
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(false);
      if (advanced || steps < 1) return resolve(true);
      advanced = true;
      cursor.advance(steps);
    };
  });
}

/** Runs `fn` with the native transaction of the import's Dexie transaction, or of a new read-only one. */
export function withLeadsTransaction<T>(db: EmbudoDb, fn: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  return withNativeTransaction(db, 'leads', fn);
}

/** Stored leads (rows) whose LinkedIn URL or email is among the given ones. */
export async function rowsHoldingKeys(
  db: EmbudoDb,
  urls: readonly string[],
  emails: readonly string[],
): Promise<LeadRow[]> {
  if (urls.length + emails.length === 0) return [];
  return withLeadsTransaction(db, async (tx) => {
    // Few stored leads (a new pipeline, an empty one): one cursor walk per index costs fewer steps.
    if (!(await holdsMoreThan(tx, (urls.length + emails.length) / 4))) {
      const [a, b] = await Promise.all([
        urls.length ? db.leads.where('linkedinUrl').anyOf(urls).toArray() : [],
        emails.length ? db.leads.where('email').anyOf(emails).toArray() : [],
      ]);
      return [...a, ...b];
    }
    const ids = (
      await Promise.all([idsHoldingKeys(tx, 'linkedinUrl', urls), idsHoldingKeys(tx, 'email', emails)])
    ).flat();
    const rows = await db.leads.bulkGet([...new Set(ids)]);
    return rows.filter((r): r is LeadRow => r !== undefined);
  });
}
