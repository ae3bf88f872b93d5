import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { mergeDocs, sameContent } from './doc-merge';
import type { LocalDoc, UpdateResult } from './local-store';
import { winningRevision } from './revisions';
import { canWrite, type SyncSession } from './sync-session';
import { type TeamDoc, TeamDocSchema } from './team-docs';

/** A leaf revision as `_bulk_get` returned it. */
interface Leaf {
  rev: string;
  deleted: boolean;
  doc?: TeamDoc;
}

/** What the pull takes from the changes feed: every document but the design documents (the published playbook). */
export const pulledChange = (id: string): boolean => !id.startsWith('_design/');

/**
 * Pull, in batches: `_changes` since the checkpoint (every leaf revision,
 * `style=all_docs`), the revisions this copy lacks through `_bulk_get`, one
 * store transaction, then the checkpoint. Each step can be repeated: a crash
 * before the checkpoint pulls the same batch again and changes nothing twice.
 * Returns how many documents changed here and how many were not understood.
 */
export async function pull(s: SyncSession): Promise<{ pulled: number; skipped: number }> {
  const checkpoint = await loadCheckpoint(s);
  let since = checkpoint.since;
  let [pulled, skipped] = [0, 0];
  for (;;) {
    const feed = await s.client.changes(since, s.batchSize);
    const rows = feed.results.filter((r) => pulledChange(r.id));
    const known = await s.store.get(rows.map((r) => r.id));
    const wanted = rows.flatMap((r) => {
      const revs = r.changes.map((c) => c.rev);
      const have = known.get(r.id)?.rev;
      return revs.length === 1 && revs[0] === have ? [] : revs.map((rev) => ({ id: r.id, rev }));
    });
    const leaves = wanted.length ? await fetchLeaves(s, wanted) : new Map<string, Leaf[]>();
    for (const list of leaves.values()) skipped += list.filter((l) => !l.deleted && !l.doc).length;
    await s.store.update([...leaves.keys()], (id, current) => resolve(s, current, leaves.get(id) ?? []));
    pulled += leaves.size;
    since = feed.last_seq;
    await saveCheckpoint(s, checkpoint, since);
    s.onProgress?.({ phase: 'pull', done: pulled, pending: feed.pending });
    if (feed.results.length < s.batchSize) return { pulled, skipped };
  }
}

async function fetchLeaves(
  s: SyncSession,
  wanted: { id: string; rev: string }[],
): Promise<Map<string, Leaf[]>> {
  const out = new Map<string, Leaf[]>();
  const { results } = await s.client.bulkGet(wanted);
  results.forEach((r, i) => {
    for (const answer of r.docs) {
      const body = answer.ok;
      if (!body) continue; // gone since the feed listed it (compacted): the next change brings what replaced it
      const rev = String(body._rev ?? wanted[i]?.rev);
      const { _rev, _revisions, _conflicts, _deleted, ...content } = body;
      const parsed = TeamDocSchema.safeParse(content);
      const leaf: Leaf = { rev, deleted: _deleted === true, doc: parsed.success ? parsed.data : undefined };
      out.set(r.id, [...(out.get(r.id) ?? []), leaf]);
    }
  });
  return out;
}

/** The record to keep for one document, given its leaf revisions on the server. Pure. */
export function resolve(
  s: Pick<SyncSession, 'user' | 'leadRole'>,
  current: LocalDoc | undefined,
  leaves: Leaf[],
): UpdateResult {
  const live = leaves.filter((l): l is Leaf & { doc: TeamDoc } => !l.deleted && l.doc !== undefined);
  const unpushed = current && current.dirty > 0 && canWrite(s, current.doc) ? current : undefined;
  if (!live.length) {
    if (unpushed?.deleted) return null;
    if (leaves.some((l) => !l.deleted)) return undefined; // only revisions this version cannot read
    // Deleted on the server. Unpushed local edits win: the next push revives it on top of the deletion.
    const tomb = winningRevision(leaves.map((l) => l.rev));
    return unpushed ? { ...unpushed, rev: tomb } : null;
  }
  const rev = winningRevision(live.map((l) => l.rev)) as string;
  const winner = live.find((l) => l.rev === rev)?.doc as TeamDoc;
  let doc = live.map((l) => l.doc).reduce(mergeDocs);
  // A local deletion loses to an edit made elsewhere since (nothing is lost); other local edits merge.
  if (unpushed && !unpushed.deleted) doc = mergeDocs(doc, unpushed.doc);
  const losers = live.filter((l) => l.rev !== rev).map((l) => l.rev);
  if (!canWrite(s, winner)) return { doc, rev, dirty: 0 }; // someone else's: shown merged, theirs to resolve
  if (!losers.length && sameContent(doc, winner)) return { doc, rev, dirty: 0 };
  // Local edits or merged conflicts to push, as a child of the winner.
  const dirty = unpushed && !unpushed.deleted ? unpushed.dirty : (current?.dirty ?? 0) + 1;
  return { doc, rev, dirty, losers: losers.length ? losers : undefined };
}
