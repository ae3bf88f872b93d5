import type { Checkpoint, LocalDoc, LocalStore, UpdateResult } from '../../shared/sync/local-store';
import type { TeamDoc } from '../../shared/sync/team-docs';

/**
 * LocalStore over a Map: the reference the Dexie adapter must behave like.
 * `edit` is what a local write does (raises `dirty`); the replicator uses
 * only the LocalStore methods.
 */
export class MemoryStore implements LocalStore {
  readonly docs = new Map<string, LocalDoc>();
  readonly checkpoints = new Map<string, Checkpoint>();
  private counter = 0;

  async get(ids: readonly string[]) {
    const out = new Map<string, LocalDoc>();
    for (const id of ids) {
      const d = this.docs.get(id);
      if (d) out.set(id, structuredClone(d));
    }
    return out;
  }

  async update(ids: readonly string[], change: (id: string, current: LocalDoc | undefined) => UpdateResult) {
    for (const id of ids) {
      const current = this.docs.get(id);
      const next = change(id, current && structuredClone(current));
      if (next === null) this.docs.delete(id);
      else if (next) this.docs.set(id, structuredClone(next));
    }
  }

  async dirty(limit: number, skip: ReadonlySet<string>) {
    return [...this.docs.values()]
      .filter((d) => d.dirty > 0 && !skip.has(d.doc._id))
      .sort((a, b) => (a.doc._id < b.doc._id ? -1 : 1))
      .slice(0, limit)
      .map((d) => structuredClone(d));
  }

  async getCheckpoint(key: string) {
    return this.checkpoints.get(key);
  }

  async setCheckpoint(key: string, cp: Checkpoint) {
    this.checkpoints.set(key, structuredClone(cp));
  }

  /** A local write: new content, to push. */
  edit(doc: TeamDoc, opts: { deleted?: boolean } = {}) {
    const current = this.docs.get(doc._id);
    this.counter = Math.max(this.counter, current?.dirty ?? 0) + 1;
    this.docs.set(doc._id, {
      ...current,
      doc: structuredClone(doc),
      dirty: this.counter,
      deleted: opts.deleted,
    });
  }

  /** Every record the replicator sees, pushed or waiting. */
  async records(): Promise<LocalDoc[]> {
    return [...this.docs.values()].map((d) => structuredClone(d));
  }

  /** The content of every document, by id (what two copies compare). */
  contents(): Record<string, TeamDoc> {
    return Object.fromEntries([...this.docs].filter(([, d]) => !d.deleted).map(([id, d]) => [id, d.doc]));
  }
}
