import type { EmbudoDb } from '../data/db';

/**
 * The data layer's connection, loaded on demand. `data/db.ts` brings Dexie (~96 KB): parsed and
 * run before the popup's first frame, it cost ~70 ms of the first open after the browser starts,
 * though that frame is drawn from a copy and needs no database (first-screen-cache.ts). So the
 * popup reaches it only through here, and test/unit/conventions/first-paint-imports.test.ts
 * refuses a static import of it from the popup's entry. Code loaded later (a screen's own chunk)
 * may import it directly.
 */
let loading: Promise<typeof import('../data/db')> | undefined;

/**
 * Starts loading the database code, once. The entry calls it at once when there is no copy to
 * draw first; with a copy, the first read after that frame starts it.
 */
export function loadDatabaseCode(): Promise<typeof import('../data/db')> {
  loading ??= import('../data/db');
  return loading;
}

/** The page's one connection (`getDb`), once its code has loaded. */
export async function database(): Promise<EmbudoDb> {
  return (await loadDatabaseCode()).getDb();
}
