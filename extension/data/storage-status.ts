/** The parts of `navigator.storage` we use; tests pass a fake. */
export type StorageLike = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;

export interface StorageStatus {
  /** Bytes used by this extension's origin, and how many the browser allows it. */
  usage?: number;
  quota?: number;
  /** True when the browser promised not to evict the data under storage pressure. */
  persisted?: boolean;
}

const browserStorage = (): StorageLike | undefined => globalThis.navigator?.storage;

export async function readStorageStatus(storage = browserStorage()): Promise<StorageStatus> {
  if (!storage) return {};
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => ({}) as StorageEstimate),
    storage.persisted().catch(() => undefined),
  ]);
  return { usage: estimate.usage, quota: estimate.quota, persisted };
}

/**
 * Asks the browser to keep our data when disk space runs low. Chrome answers on
 * its own heuristics (no prompt); Firefox may ask the user. A refusal is not an
 * error: the data is still stored, only evictable.
 */
export async function requestPersistence(storage = browserStorage()): Promise<boolean> {
  if (!storage) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

type StorageErrorKind = 'quota' | 'duplicate' | 'other';

/**
 * Sorts a failed write into what the rep can act on. Dexie wraps the browser's
 * error (`inner`, or `failures` of a bulk write), so the chain is walked.
 */
export function storageErrorKind(err: unknown): StorageErrorKind {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift() as
      | { name?: string; message?: string; inner?: unknown; cause?: unknown; failures?: unknown[] }
      | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    if (e.name === 'QuotaExceededError' || /quota/i.test(e.message ?? '')) return 'quota';
    if (e.name === 'ConstraintError') return 'duplicate';
    queue.push(e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : []));
  }
  return 'other';
}

/** `1.2 MB`, in the rep's number format. */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}
