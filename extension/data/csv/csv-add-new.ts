import { type EmbudoDb, refusedPositions } from '../db';
import { creationEvent } from '../leads/create-lead';
import { rowOf } from '../leads/lead-rows';
import { DELETES_KEY, isPendingDeletes } from '../sync/sync-deletes';
import type { CsvPlan } from './csv-import';
import type { RowLead } from './csv-row';

/**
 * Rows offered to the database per write. After a batch it mostly refused (a
 * re-import of people already stored), the remaining rows skip the attempt and
 * go straight to the look-up, so such a file pays for at most one refused batch.
 */
const BATCH = 2000;

interface AddedFirst {
  /** Rows now stored as new leads (with their creation event), in file order. */
  added: RowLead[];
  /** Rows still to plan by look-up: the ones refused, or never offered. */
  rest: RowLead[];
}

/** Ids with a deletion waiting to reach the team server: adding one would settle that deletion (sync-marking.ts). */
async function idsWithPendingDelete(db: EmbudoDb): Promise<Set<string>> {
  const value = (await db.meta.get(DELETES_KEY))?.value;
  return new Set(isPendingDeletes(value) ? Object.keys(value) : []);
}

/** Positions of `rows` the database refused to add because a lead already holds their id, URL or email. */
async function addRows(db: EmbudoDb, rows: readonly RowLead[], now: number): Promise<Set<number>> {
  try {
    await db.leads.bulkAdd(rows.map(({ lead }) => rowOf(lead, [creationEvent(lead, now)])));
    return new Set();
  } catch (err) {
    const refused = refusedPositions(err);
    if (!refused) throw err;
    return refused;
  }
}

/**
 * Stores as new leads the rows no stored lead matches, without looking them up
 * first. The primary key and the unique `linkedinUrl` and `email` indexes (db.ts)
 * are exactly the import's dedupe keys, and IndexedDB checks them on every add
 * anyway: an add it refuses is a row that matches someone, and only those rows
 * are looked up (planned as before, by csv-import.ts). Looking every row up
 * first cost one request per key, from script, against the whole index: with
 * 100,000 stored leads that doubled a 10,000-row import's time. A row added here
 * is one the look-up would have found nothing for: rows of one file never share
 * a key (csv-check.ts), so no row can match a lead added from the same file.
 * Runs inside the import's read-write transaction (leads and meta): a refused
 * add is caught and the transaction carries on; any other failure aborts it.
 */
export async function addUnmatchedRows(
  db: EmbudoDb,
  rows: readonly RowLead[],
  now: number,
): Promise<AddedFirst> {
  const pending = await idsWithPendingDelete(db);
  const added = new Set<RowLead>();
  let trying = true;
  for (let start = 0; trying && start < rows.length; start += BATCH) {
    const offered = rows.slice(start, start + BATCH).filter((r) => !pending.has(r.lead.id));
    const refused = await addRows(db, offered, now);
    offered.forEach((r, i) => {
      if (!refused.has(i)) added.add(r);
    });
    trying = refused.size * 2 <= offered.length;
  }
  return { added: rows.filter((r) => added.has(r)), rest: rows.filter((r) => !added.has(r)) };
}

/** The plan of the looked-up rows with the rows added first among its added leads, all in file order. */
export function withAddedFirst(
  plan: CsvPlan,
  first: readonly RowLead[],
  rows: readonly RowLead[],
  now: number,
): CsvPlan {
  if (!first.length) return plan;
  // Rows of one file never share a lead id (csv-check.ts), so the id names the row.
  const fileRow = new Map(rows.map((r) => [r.lead.id, r.row]));
  const at = (id: string) => fileRow.get(id) ?? 0;
  const added = [...plan.added, ...first.map((r) => r.lead)].sort((a, b) => at(a.id) - at(b.id));
  const events = [...plan.events, ...first.map((r) => creationEvent(r.lead, now))];
  return { ...plan, added, events: events.sort((a, b) => at(a.leadId) - at(b.leadId)) };
}
