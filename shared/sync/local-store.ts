import type { TeamDoc } from './team-docs';

/**
 * What the replicator needs from the browser's storage. The extension backs it
 * with Dexie (extension/data/sync/); tests with a Map (test/support/memory-store.ts).
 * See "Implementing LocalStore" in docs/team-sync.md.
 */
export interface LocalDoc {
  /** The document's content (no `_rev`). */
  doc: TeamDoc;
  /** The server revision this content was read from or last pushed as; absent before the first push. */
  rev?: string;
  /**
   * 0 when the server holds this content. Any other value means "push me": the
   * store raises it on every local write, so a push that read value n clears it
   * only if it is still n (an edit made during the push stays to be pushed).
   */
  dirty: number;
  /** Conflicting server revisions already merged into `doc`, to delete on the next push. */
  losers?: string[];
  /**
   * Deleted here (or made private after it was shared), waiting to delete it on
   * the server; `doc` is its last content. Once pushed the record goes away.
   * If someone changed it on the server meanwhile, their version comes back instead.
   */
  deleted?: boolean;
}

/** Where a pull stands; kept both here and on the server (`_local/<key>`), as CouchDB replicators do. */
export interface Checkpoint {
  sessionId: string;
  since: string | number;
  /** Newest first: earlier sessions, so the two copies can agree on the last one both saved. */
  history: { sessionId: string; since: string | number }[];
}

/** What `update` returns per id: a new record, `null` to delete it, `undefined` to leave it. */
export type UpdateResult = LocalDoc | null | undefined;

export interface LocalStore {
  get(ids: readonly string[]): Promise<Map<string, LocalDoc>>;
  /**
   * Reads the records of `ids`, calls `change` for each (synchronous and pure)
   * and writes the results, all in one transaction: a local edit either lands
   * before (and is merged) or after (and stays dirty), never in between.
   */
  update(
    ids: readonly string[],
    change: (id: string, current: LocalDoc | undefined) => UpdateResult,
  ): Promise<void>;
  /** Up to `limit` records with `dirty > 0`, skipping the ids in `skip`, in a stable order. */
  dirty(limit: number, skip: ReadonlySet<string>): Promise<LocalDoc[]>;
  getCheckpoint(key: string): Promise<Checkpoint | undefined>;
  setCheckpoint(key: string, checkpoint: Checkpoint): Promise<void>;
}
