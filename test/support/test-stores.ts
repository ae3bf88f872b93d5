import type { LocalDoc, LocalStore } from '../../shared/sync/local-store';
import type { TeamDoc } from '../../shared/sync/team-docs';
import { DexieTestStore } from './dexie-test-store';
import { MemoryStore } from './memory-store';

/** A LocalStore with what the replication tests do to it: local edits, and reading everything back. */
export interface TestStore extends LocalStore {
  edit(doc: TeamDoc, opts?: { deleted?: boolean }): void | Promise<void>;
  records(): Promise<LocalDoc[]>;
  contents(): Record<string, TeamDoc> | Promise<Record<string, TeamDoc>>;
}

/**
 * Every LocalStore the replicator runs over, for `describe.each`: the
 * reference one (a Map) and the extension's (Dexie over fake-indexeddb).
 * `owner` is the signed-in rep of the browser the store stands for.
 */
export const STORES: { name: string; open: (owner: string) => Promise<TestStore> }[] = [
  { name: 'memory store', open: async () => new MemoryStore() },
  { name: 'Dexie store', open: (owner) => DexieTestStore.open(owner) },
];
