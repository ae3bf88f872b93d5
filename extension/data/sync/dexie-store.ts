import type { Checkpoint, LocalDoc, LocalStore, UpdateResult } from '../../../shared/sync/local-store';
import type { LeadDoc, ReviewDoc } from '../../../shared/sync/team-docs';
import type { EmbudoDb, LeadRow, ReviewRow, TeamDocRow } from '../db';
import { summaryUpdater } from '../leads/pipeline-summary';
import { applyProcess } from './process-settings';
import { DELETES_KEY, isPendingDeletes, type PendingDeletes } from './sync-deletes';
import { leadLocal, leadRowOf, placeOf, reviewLocal, reviewRowOf, teamLocal, teamRowOf } from './sync-docs';
import { markSyncWrite } from './sync-marking';
import { applyTeamDocChanges, type TeamDocChange } from './team-rep-rows';
import { type LeadWrite, writeLeadRows } from './write-lead-rows';

const CHECKPOINT = (key: string) => `syncCheckpoint:${key}`;

/** What one transaction read: every place a document may live here. */
interface Found {
  lead?: LeadRow;
  review?: ReviewRow;
  team?: TeamDocRow;
  deletes: PendingDeletes;
}

/**
 * The replicator's storage (shared/sync/local-store.ts) over the extension's
 * database: this rep's leads and reviews are the rows the app uses, other
 * reps' documents go to `teamDocs` (never counted in this rep's pipeline),
 * shared leads deleted here wait in `meta` (sync-deletes.ts). A private lead
 * is invisible to sync: never read, never pushed, never overwritten.
 */
export class DexieStore implements LocalStore {
  constructor(
    readonly db: EmbudoDb,
    /** The signed-in CouchDB user: the owner of this browser's own documents. */
    readonly owner: string,
  ) {}

  private tx<T>(mode: 'r' | 'rw', body: () => Promise<T>): Promise<T> {
    const { leads, reviews, teamDocs, teamReps, meta } = this.db;
    // An async scope function: Dexie keeps its transaction zone across native `await`s only then.
    return this.db.transaction(mode, [leads, reviews, teamDocs, teamReps, meta], async (tx) => {
      markSyncWrite(tx.idbtrans);
      return await body();
    });
  }

  private async find(ids: readonly string[]): Promise<Map<string, Found>> {
    const { db, owner } = this;
    const places = ids.map((id) => placeOf(id, owner));
    const keys = (store: string) => places.map((p) => (p.store === store && 'key' in p ? p.key : ''));
    const [leads, reviews, team, deletes] = await Promise.all([
      db.leads.bulkGet(keys('leads')),
      db.reviews.bulkGet(keys('reviews')),
      db.teamDocs.bulkGet([...ids]),
      db.meta.get(DELETES_KEY),
    ]);
    const pending = isPendingDeletes(deletes?.value) ? deletes.value : {};
    return new Map(
      ids.map((id, i) => [id, { lead: leads[i], review: reviews[i], team: team[i], deletes: pending }]),
    );
  }

  /** The record a document has here, as the replicator sees it; a private lead has none. */
  private localOf(id: string, f: Found): LocalDoc | undefined {
    const gone = id.startsWith('lead:') ? f.deletes[id.slice(5)] : undefined;
    if (gone) return { ...leadLocal(gone.row, this.owner), dirty: gone.dirty, deleted: true };
    if (f.lead && !f.lead.private) return leadLocal(f.lead, this.owner);
    if (f.review) return reviewLocal(f.review, this.owner);
    return f.team && teamLocal(f.team);
  }

  async get(ids: readonly string[]): Promise<Map<string, LocalDoc>> {
    return this.tx('r', async () => {
      const found = await this.find(ids);
      const out = new Map<string, LocalDoc>();
      for (const [id, f] of found) {
        const d = this.localOf(id, f);
        if (d) out.set(id, d);
      }
      return out;
    });
  }

  async update(
    ids: readonly string[],
    change: (id: string, current: LocalDoc | undefined) => UpdateResult,
  ): Promise<void> {
    if (!ids.length) return;
    await this.tx('rw', async () => {
      const { db, owner } = this;
      const found = await this.find(ids);
      const deletes: PendingDeletes = { ...(found.values().next().value?.deletes ?? {}) };
      const leadWrites: LeadWrite[] = [];
      // Other reps' documents written or deleted: their packed records follow (team-rep-rows.ts).
      const teamChanges: TeamDocChange[] = [];
      for (const [id, f] of found) {
        const next = change(id, this.localOf(id, f));
        if (next === undefined || f.lead?.private) continue; // a private lead stays as it is here
        const leadId = id.startsWith('lead:') ? id.slice(5) : undefined;
        if (leadId) delete deletes[leadId];
        if (next?.deleted) {
          if (leadId)
            deletes[leadId] = { row: leadRowOf(next as LocalDoc & { doc: LeadDoc }), dirty: next.dirty };
          continue;
        }
        const mine = next && next.doc.owner === owner;
        if (next?.doc.type === 'lead' && mine)
          leadWrites.push({ id: leadId as string, before: f.lead, after: leadRowOf(next as never) });
        else if (f.lead && !next) leadWrites.push({ id: f.lead.id, before: f.lead });
        if (next?.doc.type === 'review' && mine)
          await db.reviews.put(reviewRowOf(next as LocalDoc & { doc: ReviewDoc }));
        else if (f.review && !next) await db.reviews.delete(f.review.id);
        if (next && !(mine && (next.doc.type === 'lead' || next.doc.type === 'review'))) {
          await db.teamDocs.put(teamRowOf(next));
          if (f.team && f.team.owner !== next.doc.owner) teamChanges.push({ id, owner: f.team.owner });
          teamChanges.push({ id, owner: next.doc.owner, doc: next.doc });
          if (next.doc.type === 'process' && next.dirty === 0) await applyProcess(db, next.doc);
        } else if (f.team) {
          await db.teamDocs.delete(id);
          teamChanges.push({ id, owner: f.team.owner });
        }
      }
      await applyTeamDocChanges(db, teamChanges);
      if (leadWrites.length) await writeLeadRows(db, leadWrites, deletes, owner, await summaryUpdater(db));
      if (Object.keys(deletes).length) await db.meta.put({ key: DELETES_KEY, value: deletes });
      else await db.meta.delete(DELETES_KEY);
    });
  }

  async dirty(limit: number, skip: ReadonlySet<string>): Promise<LocalDoc[]> {
    return this.tx('r', async () => {
      const { db, owner } = this;
      const [leads, reviews, team, deletes] = await Promise.all([
        db.leads
          .where('syncDirty')
          .above(0)
          .filter((r) => !skip.has(`lead:${r.id}`))
          .limit(limit)
          .toArray(),
        db.reviews
          .where('syncDirty')
          .above(0)
          .filter((r) => !skip.has(`review:${owner}:${r.id}`))
          .limit(limit)
          .toArray(),
        db.teamDocs
          .where('syncDirty')
          .above(0)
          .filter((r) => !skip.has(r.id))
          .limit(limit)
          .toArray(),
        db.meta.get(DELETES_KEY),
      ]);
      const pending = isPendingDeletes(deletes?.value) ? deletes.value : {};
      const gone = Object.entries(pending)
        .filter(([id]) => !skip.has(`lead:${id}`))
        .map(([, d]) => ({ ...leadLocal(d.row, owner), dirty: d.dirty, deleted: true }));
      // One record per document, in the order localOf reads them: a deletion, a row, then the rest.
      const seen = new Set<string>();
      return [
        ...gone,
        ...leads.map((r) => leadLocal(r, owner)),
        ...reviews.map((r) => reviewLocal(r, owner)),
        ...team.map(teamLocal),
      ]
        .filter((d) => !seen.has(d.doc._id) && seen.add(d.doc._id))
        .sort((a, b) => a.dirty - b.dirty || (a.doc._id < b.doc._id ? -1 : 1))
        .slice(0, limit);
    });
  }

  async getCheckpoint(key: string): Promise<Checkpoint | undefined> {
    return (await this.db.meta.get(CHECKPOINT(key)))?.value as Checkpoint | undefined;
  }

  async setCheckpoint(key: string, checkpoint: Checkpoint): Promise<void> {
    await this.db.meta.put({ key: CHECKPOINT(key), value: checkpoint });
  }
}
