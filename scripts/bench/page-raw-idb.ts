// The floors of the data figures: the same records written or read with bare
// IndexedDB calls, the least any import or export of them can cost.
import type { EmbudoDb, LeadRow } from '../../extension/data/db';

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

/** Milliseconds to write `rows` in one read-write transaction of an (empty) database of the extension's schema. */
export async function rawWrite(db: EmbudoDb, rows: readonly LeadRow[]): Promise<number> {
  const idb = db.backendDB();
  const t0 = performance.now();
  const tx = idb.transaction('leads', 'readwrite');
  const store = tx.objectStore('leads');
  for (const row of rows) store.add(row);
  await done(tx);
  return performance.now() - t0;
}

/** Milliseconds to read every lead record, in pages of primary-key ranges asked for at once. */
export async function rawRead(db: EmbudoDb, pageSize = 10_000): Promise<number> {
  const idb = db.backendDB();
  const t0 = performance.now();
  const tx = idb.transaction('leads', 'readonly');
  const store = tx.objectStore('leads');
  const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
    const req = store.getAllKeys();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  let read = 0;
  for (let i = 0; i < keys.length; i += pageSize) {
    const to = keys[i + pageSize];
    const range =
      to === undefined
        ? IDBKeyRange.lowerBound(keys[i] as IDBValidKey)
        : IDBKeyRange.bound(keys[i] as IDBValidKey, to, false, true);
    const req = store.getAll(range);
    req.onsuccess = () => {
      read += (req.result as unknown[]).length;
    };
  }
  await done(tx);
  if (read !== keys.length) throw new Error(`raw read got ${read} of ${keys.length} records`);
  return performance.now() - t0;
}
