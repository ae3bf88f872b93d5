import type { LocalDoc } from './local-store';
import { restoreTeamProcess } from './process-refused';
import { childRevision, revisionsOf } from './revisions';
import { SyncError } from './sync-error';
import type { SyncSession } from './sync-session';
import { PROCESS_DOC_ID, repDocId, type TeamDoc, TeamDocSchema } from './team-docs';

interface Outgoing {
  record: LocalDoc;
  rev: string;
  /** What `_bulk_docs` receives: the new revision and, for each merged conflict, a deletion. */
  bodies: { _id: string; _rev: string; body: Record<string, unknown> }[];
}

/** A document the server's rules refused: it stays here, waiting, and the sync reports it. */
export interface Refused {
  id: string;
  reason: string;
}

/**
 * Push, in batches: each unpushed record becomes a child revision of the one
 * it was read from (plus a deletion of each conflict it merged), `_revs_diff`
 * asks which of those the server lacks, `_bulk_docs` (`new_edits: false`)
 * stores them, then the records are marked pushed. Revision ids depend only on
 * parent and content, so a push interrupted anywhere and repeated sends nothing
 * the server already has. Documents that fail the schema here or the server's
 * rules there are refused: kept, skipped for the rest of the run, and reported.
 */
export async function push(s: SyncSession): Promise<{ pushed: number; refused: Refused[] }> {
  const tried = new Set<string>();
  const refused: Refused[] = [];
  let pushed = 0;
  for (;;) {
    const records = await s.store.dirty(s.batchSize, tried);
    if (!records.length) break;
    if (pushed === 0) records.push(...(await noteSync(s, records, tried)));
    for (const r of records) tried.add(r.doc._id);
    const valid = records.filter((r) => {
      const check = r.deleted || TeamDocSchema.safeParse(r.doc);
      if (check === true || check.success) return true;
      refused.push({
        id: r.doc._id,
        reason: `not a valid ${r.doc.type} document: ${check.error.issues[0]?.message}`,
      });
      return false;
    });
    const outgoing = await Promise.all(valid.map(prepare));
    const asked: Record<string, string[]> = {};
    for (const o of outgoing) for (const b of o.bodies) asked[b._id] = [...(asked[b._id] ?? []), b._rev];
    const diff = await s.client.revsDiff(asked);
    const missing = outgoing.flatMap((o) => o.bodies).filter((b) => diff[b._id]?.missing.includes(b._rev));
    const errors = missing.length ? await s.client.bulkDocs(missing.map((b) => b.body)) : [];
    const failed = new Set<string>();
    for (const e of errors) {
      if (!e.error) continue;
      failed.add(e.id);
      if (e.error === 'forbidden' || e.error === 'unauthorized')
        refused.push({ id: e.id, reason: e.reason ?? e.error });
      else throw new SyncError('server', `write documents: ${e.id}: ${e.error} ${e.reason ?? ''}`.trim());
    }
    if (failed.has(PROCESS_DOC_ID) && refused.some((r) => r.id === PROCESS_DOC_ID))
      await restoreTeamProcess(s);
    const done = outgoing.filter((o) => !failed.has(o.record.doc._id));
    await markPushed(s, done);
    pushed += done.length;
    s.onProgress?.({ phase: 'push', done: pushed });
  }
  return { pushed, refused };
}

async function prepare(record: LocalDoc): Promise<Outgoing> {
  const doc = record.doc;
  const deletion = (rev: string) => ({
    _id: doc._id,
    _rev: rev,
    _deleted: true,
    type: doc.type,
    owner: doc.owner,
  });
  const rev = await childRevision(record.rev, record.deleted ? { _deleted: true } : doc);
  const body = record.deleted ? deletion(rev) : { ...doc, _rev: rev };
  const bodies: Outgoing['bodies'] = [
    { _id: doc._id, _rev: rev, body: { ...body, _revisions: revisionsOf(rev, record.rev) } },
  ];
  for (const loser of record.losers ?? []) {
    const gone = await childRevision(loser, { _deleted: true });
    bodies.push({
      _id: doc._id,
      _rev: gone,
      body: { ...deletion(gone), _revisions: revisionsOf(gone, loser) },
    });
  }
  return { record, rev, bodies };
}

/** Records as pushed, unless edited meanwhile: then only the revision moves on and they stay to push. */
async function markPushed(s: SyncSession, done: Outgoing[]): Promise<void> {
  const byId = new Map(done.map((o) => [o.record.doc._id, o]));
  await s.store.update([...byId.keys()], (id, current) => {
    const o = byId.get(id);
    if (!current || !o) return undefined;
    const sent = new Set(o.record.losers ?? []);
    const losers = current.losers?.filter((l) => !sent.has(l));
    const dirty = current.dirty === o.record.dirty ? 0 : current.dirty;
    if (current.deleted && dirty === 0) return null;
    return { ...current, rev: o.rev, dirty, losers: losers?.length ? losers : undefined };
  });
}

/** The rep's status document rides along with the first batch that pushes the rep's own changes. */
async function noteSync(s: SyncSession, records: LocalDoc[], tried: Set<string>): Promise<LocalDoc[]> {
  const id = repDocId(s.user.name);
  if (records.some((r) => r.doc._id === id) || !records.some((r) => r.doc.owner === s.user.name)) return [];
  const doc: TeamDoc = { _id: id, type: 'rep', owner: s.user.name, syncedAt: s.now() };
  let note: LocalDoc | undefined;
  await s.store.update([id], (_, current) => {
    note = { doc, rev: current?.rev, dirty: (current?.dirty ?? 0) + 1 };
    return note;
  });
  tried.add(id);
  return note ? [note] : [];
}
