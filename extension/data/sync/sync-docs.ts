import type { LocalDoc } from '../../../shared/sync/local-store';
import {
  type LeadDoc,
  leadDocId,
  type ReviewDoc,
  reviewDocId,
  type TeamDoc,
} from '../../../shared/sync/team-docs';
import type { LeadRow, ReviewRow, TeamDocRow } from '../db';
import { inTimeOrder, leadOf } from '../leads/lead-rows';
import { clockOf } from './sync-marking';

/**
 * Rows ⇄ team documents (docs/team-sync.md "Documents"). A lead row holds the
 * lead, its events and its sync bookkeeping; its document is the same content
 * under `lead:<id>`, owned by the signed-in rep. Pure.
 */
export function leadLocal(row: LeadRow, owner: string): LocalDoc {
  const doc: LeadDoc = {
    _id: leadDocId(row.id),
    type: 'lead',
    owner,
    lead: leadOf(row),
    events: row.events.map(({ id: _id, ...e }) => e),
    clock: clockOf(row),
  };
  return local(doc, row.sync?.rev, row.syncDirty, row.sync?.losers);
}

export function leadRowOf(d: LocalDoc & { doc: LeadDoc }): LeadRow {
  const { private: _p, ...lead } = d.doc.lead;
  return {
    ...lead,
    events: inTimeOrder([...d.doc.events]),
    sync: { rev: d.rev, clock: d.doc.clock, ...(d.losers?.length ? { losers: d.losers } : {}) },
    ...(d.dirty > 0 ? { syncDirty: d.dirty } : {}),
  };
}

export function reviewLocal(row: ReviewRow, owner: string): LocalDoc {
  const { sync, syncDirty, ...review } = row;
  const doc: ReviewDoc = { _id: reviewDocId(owner, row.id), type: 'review', owner, review };
  return local(doc, sync?.rev, syncDirty, sync?.losers);
}

export function reviewRowOf(d: LocalDoc & { doc: ReviewDoc }): ReviewRow {
  return {
    ...d.doc.review,
    sync: { rev: d.rev, ...(d.losers?.length ? { losers: d.losers } : {}) },
    ...(d.dirty > 0 ? { syncDirty: d.dirty } : {}),
  };
}

export function teamLocal(row: TeamDocRow): LocalDoc {
  return local(row.doc as TeamDoc, row.rev, row.syncDirty, row.losers);
}

export function teamRowOf(d: LocalDoc): TeamDocRow {
  return {
    id: d.doc._id,
    type: d.doc.type,
    owner: d.doc.owner,
    doc: d.doc,
    rev: d.rev,
    ...(d.dirty > 0 ? { syncDirty: d.dirty } : {}),
    ...(d.losers?.length ? { losers: d.losers } : {}),
  };
}

function local(
  doc: TeamDoc,
  rev: string | undefined,
  dirty: number | undefined,
  losers?: string[],
): LocalDoc {
  return { doc, rev, dirty: dirty ?? 0, ...(losers?.length ? { losers } : {}) };
}

/** Where a document lives here: this rep's own leads and reviews in their stores, the rest apart. */
type Place = { store: 'leads'; key: string } | { store: 'reviews'; key: string } | { store: 'teamDocs' };

export function placeOf(id: string, owner: string): Place {
  if (id.startsWith('lead:')) return { store: 'leads', key: id.slice(5) };
  const own = `review:${owner}:`;
  if (id.startsWith(own)) return { store: 'reviews', key: id.slice(own.length) };
  return { store: 'teamDocs' };
}
