import { problem } from '../../../shared/files/file-problems';
import type { FieldChange, Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { leadKeys, leadsHoldingKeys, resolveLeads } from '../backup/import-keys';
import type { EmbudoDb, LeadRow } from '../db';
import { creationEvent } from '../leads/create-lead';
import { leadOf, nextRow, rowOf } from '../leads/lead-rows';
import { invalidatePipelineSummary } from '../leads/pipeline-summary';
import { addUnmatchedRows, withAddedFirst } from './csv-add-new';
import type { OnProgress } from './csv-check';
import type { RowError } from './csv-parse';
import { type RowLead, UPDATABLE } from './csv-row';

// Checking rows (pure, before the preview) lives in csv-check.ts; re-exported for existing callers.
export interface CsvPlan {
  added: Lead[];
  updated: Lead[];
  unchanged: number;
  /** Rows matching two different leads already stored: listed, not imported. */
  conflicts: RowError[];
  /** The first stage event of each added lead. */
  events: StageEvent[];
}

/**
 * What importing the checked rows would do. A row matching a stored lead (by
 * Embudo ID, LinkedIn URL or email) updates the fields its cells fill, keeping
 * replaced values in `changes`; stage and status are left to the pipeline.
 */
export async function planCsvImport(db: EmbudoDb, rows: readonly RowLead[], now: number): Promise<CsvPlan> {
  return (await planWithRows(db, rows, now)).plan;
}

/**
 * Stored rows whose id a CSV row names. All stored ids come in one request, so
 * a file of 10,000 new leads costs one read, not 10,000 look-ups.
 */
async function rowsNamedById(db: EmbudoDb, rows: readonly RowLead[]): Promise<Map<string, LeadRow>> {
  const named = rows.filter((r) => r.provided.includes('id')).map((r) => r.lead.id);
  if (named.length === 0) return new Map();
  const stored = new Set(await db.leads.toCollection().primaryKeys());
  const found = await db.leads.bulkGet(named.filter((id) => stored.has(id)));
  return new Map(found.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/** The plan, and the stored rows it was made from (apply writes new versions of them). */
async function planWithRows(db: EmbudoDb, rows: readonly RowLead[], now: number) {
  const byId = await rowsNamedById(db, rows);
  const holders = await leadsHoldingKeys(
    db,
    rows.map((r) => r.lead),
  );
  const byKey = new Map<string, LeadRow>();
  for (const l of holders.values()) for (const k of leadKeys(l)) byKey.set(k, l);
  for (const l of byId.values()) holders.set(l.id, l);

  const plan: CsvPlan = { added: [], updated: [], unchanged: 0, conflicts: [], events: [] };
  const fileRow = new Map<string, number>();
  for (const { row, lead, provided } of rows) {
    const found = new Map<string, LeadRow>();
    const own = provided.includes('id') ? byId.get(lead.id) : undefined;
    for (const l of [own, ...leadKeys(lead).map((k) => byKey.get(k))]) if (l) found.set(l.id, l);
    const matches = [...found.values()];
    if (matches.length > 1) {
      const names = matches.map((m) => m.name).join(' / ');
      plan.conflicts.push({
        row,
        problems: [problem('', 'conflict', `matches two stored leads: ${names}`, [names])],
      });
    } else if (matches[0]) {
      const merged = mergeInto(leadOf(matches[0]), lead, provided, now);
      if (merged) plan.updated.push(merged);
      else plan.unchanged++;
      if (merged) fileRow.set(merged.id, row);
    } else {
      plan.added.push(lead);
      fileRow.set(lead.id, row);
      plan.events.push(creationEvent(lead, now));
    }
  }
  // Final guard: no two leads may end up sharing a LinkedIn URL or email once everything is written.
  const { clashes } = resolveLeads([...plan.added, ...plan.updated], holders.values());
  if (clashes.size) {
    for (const [id, other] of clashes) {
      const row = fileRow.get(id) ?? 0;
      const p = problem('', 'conflict', `same person as stored lead ${other.name}`, [other.name]);
      plan.conflicts.push({ row, problems: [p] });
    }
    plan.added = plan.added.filter((l) => !clashes.has(l.id));
    plan.updated = plan.updated.filter((l) => !clashes.has(l.id));
    plan.events = plan.events.filter((e) => !clashes.has(e.leadId));
  }
  plan.conflicts.sort((a, b) => a.row - b.row);
  return { plan, rows: holders };
}

/** The stored lead with the row's filled cells applied, or undefined when nothing changes. */
function mergeInto(
  existing: Lead,
  row: Lead,
  provided: readonly (keyof Lead)[],
  now: number,
): Lead | undefined {
  const next: Record<string, unknown> = { ...existing };
  const changes: FieldChange[] = [];
  let changed = false;
  for (const f of UPDATABLE) {
    if (!provided.includes(f) || row[f] === existing[f]) continue;
    changed = true;
    const previous = existing[f];
    if (previous !== undefined && previous !== '')
      changes.push({ field: f, previous: String(previous), at: now, by: 'csv-import' });
    next[f] = row[f];
  }
  if (!changed) return undefined;
  next.updatedAt = Math.max(now, existing.updatedAt);
  if (changes.length) next.changes = [...(existing.changes ?? []), ...changes].slice(-500);
  return next as Lead;
}

/**
 * Writes the checked rows in one read-write transaction, re-planned inside it so
 * a lead captured meanwhile is matched, not duplicated. Rows matching no stored
 * lead are added first, unlooked-up (csv-add-new.ts); the rest are planned as
 * the preview plans them. Any failure (a full disk included) aborts the
 * transaction: the import lands whole or not at all.
 */
export async function applyCsvImport(
  db: EmbudoDb,
  rows: readonly RowLead[],
  now: number,
  onProgress?: OnProgress,
): Promise<CsvPlan> {
  onProgress?.({ phase: 'writing', done: 0, total: rows.length });
  const plan = await db.transaction('rw', db.leads, db.meta, async () => {
    const first = await addUnmatchedRows(db, rows, now);
    const { plan: p, rows: stored } = await planWithRows(db, first.rest, now);
    const updated = p.updated.flatMap((l) => {
      const row = stored.get(l.id);
      return row ? [nextRow(row, l)] : [];
    });
    if (updated.length) await db.leads.bulkPut(updated);
    // A new lead's record holds its creation event: one write per row.
    if (p.added.length) await db.leads.bulkAdd(p.added.map((l) => rowOf(l, [creationEvent(l, now)])));
    // The popup's value totals are kept by the lead repository; this writer asks for a rebuild.
    const all = withAddedFirst(p, first.added, rows, now);
    if (all.added.length || all.updated.length) await invalidatePipelineSummary(db);
    return all;
  });
  onProgress?.({ phase: 'done', done: rows.length, total: rows.length });
  return plan;
}
