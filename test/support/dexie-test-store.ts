import 'fake-indexeddb/auto';
import { openDb } from '../../extension/data/db';
import { DexieStore } from '../../extension/data/sync/dexie-store';
import { turnSyncOn } from '../../extension/data/sync/sync-config';
import { leadRowOf } from '../../extension/data/sync/sync-docs';
import { nextDirty } from '../../extension/data/sync/sync-marking';
import type { LocalDoc } from '../../shared/sync/local-store';
import type { LeadDoc, ReviewDoc, TeamDoc } from '../../shared/sync/team-docs';

let n = 0;

/**
 * The extension's LocalStore (extension/data/sync/) over fake-indexeddb, with
 * the test helpers MemoryStore has. `edit` writes the way the app does: a lead
 * or review of this rep through its table (the data layer marks it for the
 * push), anything else as a record waiting in `teamDocs`.
 */
export class DexieTestStore extends DexieStore {
  constructor(owner: string) {
    super(openDb(`sync-test-${process.pid}-${n++}`), owner);
  }

  static async open(owner: string): Promise<DexieTestStore> {
    const store = new DexieTestStore(owner);
    await turnSyncOn(store.db, { server: 'http://test', database: 'test', name: owner });
    return store;
  }

  async edit(doc: TeamDoc, opts: { deleted?: boolean } = {}): Promise<void> {
    const { db, owner } = this;
    await db.transaction('rw', db.leads, db.reviews, db.teamDocs, db.meta, async () => {
      if (doc.type === 'lead' && doc.owner === owner) {
        if (opts.deleted) return db.leads.delete(doc.lead.id);
        const {
          sync: _s,
          syncDirty: _d,
          ...row
        } = leadRowOf({ doc, dirty: 0 } as LocalDoc & { doc: LeadDoc });
        return db.leads.put(row);
      }
      if (doc.type === 'review' && doc.owner === owner)
        return db.reviews.put({ ...(doc as ReviewDoc).review });
      const current = await db.teamDocs.get(doc._id);
      await db.teamDocs.put({
        ...current,
        id: doc._id,
        type: doc.type,
        owner: doc.owner,
        doc,
        syncDirty: nextDirty(current?.syncDirty, Date.now()),
      });
    });
  }

  /** Every record the replicator sees, pushed or waiting. */
  async records(): Promise<LocalDoc[]> {
    const { db } = this;
    const ids = [
      ...(await db.leads.toCollection().primaryKeys()).map((id) => `lead:${id}`),
      ...(await db.reviews.toCollection().primaryKeys()).map((id) => `review:${this.owner}:${id}`),
      ...(await db.teamDocs.toCollection().primaryKeys()),
    ];
    return [...(await this.get([...new Set(ids)])).values()];
  }

  /** The content of every document, by id (what two copies compare). */
  async contents(): Promise<Record<string, TeamDoc>> {
    const all = (await this.records()).filter((d) => !d.deleted);
    return Object.fromEntries(all.map((d) => [d.doc._id, d.doc]));
  }
}
