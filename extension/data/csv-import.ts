import type { FieldChange, Lead } from '../../shared/model/lead';
import type { StageEvent } from '../../shared/model/stage-event';
import { creationEvent } from './create-lead';
import type { CsvMapping } from './csv-mapping';
import type { CsvTable, RowError } from './csv-parse';
import { type RowContext, type RowLead, rowReader, UPDATABLE } from './csv-row';
import { problem } from './data-problems';
import type { EmbudoDb } from './db';
import { leadKeys, leadsHoldingKeys, resolveLeads } from './import-keys';
import { invalidatePipelineSummary } from './pipeline-summary';

export interface CsvProgress {
  phase: 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}
export type OnProgress = (p: CsvProgress) => void;

export interface CheckedRows {
  valid: RowLead[];
  /** Every row that will not be imported, in file order: broken, invalid or a repeat of an earlier row. */
  errors: RowError[];
}

/** Rows checked between two yields to the page: small enough to keep the progress bar moving. */
export const CHUNK_ROWS = 1000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads every data row into a lead (pure: no database), in chunks with a yield
 * between them so the page stays responsive and the progress bar moves. A row
 * naming the same person (id, LinkedIn URL or email) as an earlier row is listed, not merged.
 */
export async function checkRows(
  table: CsvTable,
  mapping: CsvMapping,
  ctx: RowContext,
  onProgress?: OnProgress,
): Promise<CheckedRows> {
  const read = rowReader(mapping, ctx);
  const valid: RowLead[] = [];
  const errors: RowError[] = [...table.broken];
  const firstRow = new Map<string, number>();
  const total = table.rows.length;
  for (let start = 0; start < total; start += CHUNK_ROWS) {
    for (const row of table.rows.slice(start, start + CHUNK_ROWS)) {
      const r = read(row);
      if (!r.ok) {
        errors.push(r.error);
        continue;
      }
      const keys = [
        ...leadKeys(r.value.lead),
        ...(r.value.provided.includes('id') ? [`id:${r.value.lead.id}`] : []),
      ];
      const earlier = keys.map((k) => firstRow.get(k)).find((n) => n !== undefined);
      if (earlier !== undefined) {
        const p = problem('', 'repeated', `same person as row ${earlier}`, [String(earlier)]);
        errors.push({ row: row.row, problems: [p] });
        continue;
      }
      for (const k of keys) firstRow.set(k, row.row);
      valid.push(r.value);
    }
    onProgress?.({ phase: 'checking', done: Math.min(total, start + CHUNK_ROWS), total });
    if (start + CHUNK_ROWS < total) await yieldToPage();
  }
  errors.sort((a, b) => a.row - b.row);
  return { valid, errors };
}

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
  const idRows = rows.filter((r) => r.provided.includes('id'));
  const byId = new Map<string, Lead>();
  for (const l of await db.leads.bulkGet(idRows.map((r) => r.lead.id))) if (l) byId.set(l.id, l);
  const holders = await leadsHoldingKeys(
    db,
    rows.map((r) => r.lead),
  );
  const byKey = new Map<string, Lead>();
  for (const l of holders.values()) for (const k of leadKeys(l)) byKey.set(k, l);
  for (const l of byId.values()) holders.set(l.id, l);

  const plan: CsvPlan = { added: [], updated: [], unchanged: 0, conflicts: [], events: [] };
  const rowOf = new Map<string, number>();
  for (const { row, lead, provided } of rows) {
    const found = new Map<string, Lead>();
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
      const merged = mergeInto(matches[0], lead, provided, now);
      if (merged) plan.updated.push(merged);
      else plan.unchanged++;
      if (merged) rowOf.set(merged.id, row);
    } else {
      plan.added.push(lead);
      rowOf.set(lead.id, row);
      plan.events.push(creationEvent(lead, now));
    }
  }
  // Final guard: no two leads may end up sharing a LinkedIn URL or email once everything is written.
  const { clashes } = resolveLeads([...plan.added, ...plan.updated], holders.values());
  if (clashes.size) {
    for (const [id, other] of clashes) {
      const row = rowOf.get(id) ?? 0;
      const p = problem('', 'conflict', `same person as stored lead ${other.name}`, [other.name]);
      plan.conflicts.push({ row, problems: [p] });
    }
    plan.added = plan.added.filter((l) => !clashes.has(l.id));
    plan.updated = plan.updated.filter((l) => !clashes.has(l.id));
    plan.events = plan.events.filter((e) => !clashes.has(e.leadId));
  }
  plan.conflicts.sort((a, b) => a.row - b.row);
  return plan;
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
  next.updatedAt = now;
  if (changes.length) next.changes = [...(existing.changes ?? []), ...changes].slice(-500);
  return next as Lead;
}

/**
 * Writes the checked rows in one read-write transaction, re-planned inside it so
 * a lead captured meanwhile is matched, not duplicated. Any failure (a full disk
 * included) aborts the transaction: the import lands whole or not at all.
 */
export async function applyCsvImport(
  db: EmbudoDb,
  rows: readonly RowLead[],
  now: number,
  onProgress?: OnProgress,
): Promise<CsvPlan> {
  onProgress?.({ phase: 'writing', done: 0, total: rows.length });
  const plan = await db.transaction('rw', db.leads, db.stageEvents, db.meta, async () => {
    const p = await planCsvImport(db, rows, now);
    if (p.updated.length) await db.leads.bulkPut(p.updated);
    if (p.added.length) await db.leads.bulkAdd(p.added);
    if (p.events.length) await db.stageEvents.bulkAdd(p.events);
    // The popup's value totals are kept by the lead repository; this writer asks for a rebuild.
    if (p.added.length || p.updated.length) await invalidatePipelineSummary(db);
    return p;
  });
  onProgress?.({ phase: 'done', done: rows.length, total: rows.length });
  return plan;
}
