import type { Review } from '../../../shared/model/review';
import { packRep, type RepLead, unpackRepLeads } from '../../../shared/sync/rep-columns';
import type { TeamDoc } from '../../../shared/sync/team-docs';
import type { EmbudoDb, TeamDocRow, TeamRepRow } from '../db';

/**
 * `teamReps` (schema v5): one record per other rep, what the Team screen reads
 * instead of every pulled document (shared/sync/rep-columns.ts says why). It
 * follows `teamDocs` in the same transaction as every write of a rep's lead,
 * review or status document (dexie-store.ts), so the two never disagree; the
 * upgrade to v5 and a record that fails its check are rebuilt from `teamDocs`
 * (team-rep-read.ts). Free of zod: db.ts imports it for the upgrade.
 */

/** A team document written (`doc`) or deleted (no `doc`) here. */
export interface TeamDocChange {
  id: string;
  owner: string;
  doc?: TeamDoc;
}

/** One rep's records being changed: unpacked, keyed by document id. */
interface RepState {
  leads: Map<string, RepLead>;
  reviews: Map<string, Review>;
  syncedAt?: number;
}

const REP_KINDS = new Set(['lead', 'review', 'rep']);
/** Whether a document id is one the per-rep records hold (process and team reviews are read apart). */
const isRepDoc = (id: string) => REP_KINDS.has(id.slice(0, id.indexOf(':')));
const byId = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function stateOf(row: TeamRepRow | undefined): RepState {
  if (!row) return { leads: new Map(), reviews: new Map() };
  return {
    leads: unpackRepLeads(row.columns),
    reviews: new Map(row.reviews.map((r) => [r.id, r.review])),
    ...(row.syncedAt !== undefined && { syncedAt: row.syncedAt }),
  };
}

function apply(state: RepState, { id, doc }: TeamDocChange): void {
  if (!doc) {
    state.leads.delete(id);
    state.reviews.delete(id);
    if (id.startsWith('rep:')) delete state.syncedAt;
  } else if (doc.type === 'lead') state.leads.set(id, { lead: doc.lead, events: doc.events });
  else if (doc.type === 'review') state.reviews.set(id, doc.review);
  else if (doc.type === 'rep') state.syncedAt = doc.syncedAt;
}

/** The record of a rep's state; null once nothing of the rep is left. */
function rowOf(owner: string, s: RepState): TeamRepRow | null {
  if (!s.leads.size && !s.reviews.size && s.syncedAt === undefined) return null;
  return {
    owner,
    columns: packRep(owner, s.leads),
    reviews: byId(s.reviews).map(([id, review]) => ({ id, review })),
    ...(s.syncedAt !== undefined && { syncedAt: s.syncedAt }),
  };
}

/** Every rep's record from the pulled documents (the v5 upgrade, and a record found damaged). */
export function teamRepRows(docs: readonly TeamDocRow[]): TeamRepRow[] {
  const states = new Map<string, RepState>();
  for (const { id, owner, doc } of docs) {
    if (!isRepDoc(id)) continue;
    const s = states.get(owner) ?? stateOf(undefined);
    states.set(owner, s);
    apply(s, { id, owner, doc: doc as TeamDoc });
  }
  return [...states].flatMap(([owner, s]) => rowOf(owner, s) ?? []);
}

/**
 * Brings the records of the reps these writes touched up to date: each
 * touched rep is unpacked, changed and packed once, however many of its
 * documents the batch holds. Call inside the transaction that wrote them.
 */
export async function applyTeamDocChanges(db: EmbudoDb, changes: readonly TeamDocChange[]): Promise<void> {
  const byOwner = new Map<string, TeamDocChange[]>();
  for (const c of changes) if (isRepDoc(c.id)) byOwner.set(c.owner, [...(byOwner.get(c.owner) ?? []), c]);
  for (const [owner, list] of byOwner) {
    const state = stateOf(await db.teamReps.get(owner));
    for (const c of list) apply(state, c);
    const row = rowOf(owner, state);
    if (row) await db.teamReps.put(row);
    else await db.teamReps.delete(owner);
  }
}
