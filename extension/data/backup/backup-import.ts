import type { Backup } from '../../../shared/model/backup';
import type { Lead } from '../../../shared/model/lead';
import type { Review } from '../../../shared/model/review';
import type { Settings } from '../../../shared/model/settings';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { EmbudoDb, LeadRow } from '../db';
import { leadOf, nextRow, rowOf } from '../leads/lead-rows';
import { invalidatePipelineSummary } from '../leads/pipeline-summary';
import { sameRecord } from '../leads/same-record';
import { SETTINGS_KEY } from '../settings/settings-read';
import { loadSettings } from '../settings/settings-repository';
import { leadsHoldingKeys, resolveLeads } from './import-keys';
import { keepReplaced } from './keep-replaced';

export interface ImportOptions {
  /** A lead also changed in this browser since the file was written: keep this browser's copy (default) or take the file's. */
  conflicts?: 'keep-mine' | 'use-file';
  /** Replace this browser's settings with the file's (default true: a backup restores everything). */
  settings?: boolean;
  /** When the import happens: the time a replaced copy's values are recorded at (tests fix it). */
  now?: number;
}

interface LeadConflict {
  lead: Lead;
  existing: Lead;
  /** `changed-here`: same lead, edited here as recently as in the file. `same-person`: another lead here has its LinkedIn URL or email. */
  reason: 'changed-here' | 'same-person';
}

/** What importing a (validated) backup would do; `applyBackup` returns the plan it carried out. */
export interface ImportPlan {
  added: Lead[];
  updated: Lead[];
  unchanged: number;
  conflicts: LeadConflict[];
  /** Stage events not yet here, without ids (this browser numbers its own). */
  events: StageEvent[];
  reviews: Review[];
  /** The file's settings, when they differ from this browser's and the rep takes them. */
  settings?: Settings;
  settingsDiffer: boolean;
}

/** Stage events have no shared id across browsers: the same event is the same lead, time and move. */
const eventKey = (e: StageEvent) =>
  `${e.leadId}|${e.at}|${e.fromStage}|${e.toStage}|${e.fromStatus}|${e.toStatus}`;

/**
 * The stored rows (lead and history) of the file's leads. A look-up per lead is
 * fast for a few leads; for a big restore one read of the whole store is much
 * faster (every request costs the same, whatever it returns).
 */
async function storedRows(db: EmbudoDb, ids: readonly string[]): Promise<Map<string, LeadRow>> {
  const rows =
    ids.length <= 1000
      ? (await db.leads.bulkGet([...ids])).flatMap((r) => (r ? [r] : []))
      : await db.leads.toArray();
  const wanted = new Set(ids);
  return new Map(rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
}

/**
 * Compares a backup with the database. Read-only; `applyBackup` runs the same
 * comparison inside its write transaction, so what is applied matches the data
 * as it is at that moment, not as it was when the preview was shown.
 */
export async function planBackupImport(
  db: EmbudoDb,
  backup: Backup,
  options: ImportOptions = {},
): Promise<ImportPlan> {
  return (await planWithRows(db, backup, options)).plan;
}

/** The plan, and the stored rows it was made from (apply writes new versions of them). */
async function planWithRows(db: EmbudoDb, backup: Backup, options: ImportOptions) {
  const rows = await storedRows(
    db,
    backup.leads.map((l) => l.id),
  );
  const decided = backup.leads.map((lead) => {
    const row = rows.get(lead.id);
    const existing = row && leadOf(row);
    if (!existing) return { lead, status: 'new' as const };
    // Same content is unchanged, whatever the history and time stamps say: after taking a file's
    // copy, this copy also holds the values it replaced, and the file must not look new again.
    const bare = { ...existing, changes: lead.changes, updatedAt: lead.updatedAt };
    if (sameRecord(lead, bare)) return { lead, existing, status: 'unchanged' as const };
    if (lead.updatedAt > existing.updatedAt || options.conflicts === 'use-file')
      return { lead, existing, status: 'updated' as const };
    return { lead, existing, status: 'changed-here' as const };
  });
  const writes = decided.filter((d) => d.status === 'new' || d.status === 'updated').map((d) => d.lead);
  const { accepted, clashes } = resolveLeads(writes, (await leadsHoldingKeys(db, writes)).values());

  const plan: ImportPlan = {
    added: [],
    updated: [],
    unchanged: 0,
    conflicts: [],
    events: [],
    reviews: [],
    settingsDiffer: false,
  };
  for (const d of decided) {
    const clash = clashes.get(d.lead.id);
    if (clash)
      plan.conflicts.push({ lead: d.lead, existing: leadOf(clash as LeadRow), reason: 'same-person' });
    else if (d.status === 'changed-here')
      plan.conflicts.push({ lead: d.lead, existing: d.existing, reason: 'changed-here' });
    else if (d.status === 'unchanged') plan.unchanged++;
    else if (!accepted.has(d.lead.id)) continue;
    else if (d.status === 'new') plan.added.push(d.lead);
    // The copy here is replaced, never lost: its values go to the lead's change list.
    else if (d.existing) plan.updated.push(keepReplaced(d.existing, d.lead, options.now ?? Date.now()));
  }

  const kept = new Set(backup.leads.map((l) => l.id));
  for (const c of plan.conflicts) kept.delete(c.lead.id);
  const seen = new Set<string>();
  for (const id of kept) for (const e of rows.get(id)?.events ?? []) seen.add(eventKey(e));
  for (const { id: _id, ...event } of backup.stageEvents) {
    const key = eventKey(event);
    if (!kept.has(event.leadId) || seen.has(key)) continue;
    seen.add(key);
    plan.events.push(event);
  }

  const haveReviews = await db.reviews.bulkGet(backup.reviews.map((r) => r.id));
  plan.reviews = backup.reviews.filter((_, i) => !haveReviews[i]);

  plan.settingsDiffer = !sameRecord(backup.settings, await loadSettings(db));
  if (plan.settingsDiffer && options.settings !== false) plan.settings = backup.settings;
  return { plan, rows };
}

/**
 * Imports a validated backup in one read-write transaction: either all of it
 * lands or none of it does (a quota error or a clash with a lead saved a moment
 * ago aborts the whole import and leaves the database as it was).
 */
export async function applyBackup(
  db: EmbudoDb,
  backup: Backup,
  options: ImportOptions = {},
): Promise<ImportPlan> {
  return db.transaction('rw', db.leads, db.reviews, db.meta, async () => {
    const { plan, rows } = await planWithRows(db, backup, options);
    const { updated, added } = rowsToWrite(plan, rows);
    // Updates first: a lead whose email moves to another lead in the file frees it before that one is added.
    if (updated.length) await db.leads.bulkPut(updated);
    if (added.length) await db.leads.bulkAdd(added);
    if (plan.reviews.length) await db.reviews.bulkAdd(plan.reviews);
    if (plan.settings) await db.meta.put({ key: SETTINGS_KEY, value: plan.settings });
    // The popup's value totals are kept by the lead repository; this writer asks for a rebuild.
    if (plan.added.length || plan.updated.length) await invalidatePipelineSummary(db);
    return plan;
  });
}

/**
 * The records the plan writes: new leads with their events from the file, and
 * stored leads (updated, or unchanged but with events not yet here) keeping
 * their history with the file's new events merged in time order.
 */
function rowsToWrite(
  plan: ImportPlan,
  stored: Map<string, LeadRow>,
): { updated: LeadRow[]; added: LeadRow[] } {
  const newEvents = new Map<string, StageEvent[]>();
  for (const e of plan.events) {
    const list = newEvents.get(e.leadId);
    if (list) list.push(e);
    else newEvents.set(e.leadId, [e]);
  }
  const added = plan.added.map((lead) => rowOf(lead, newEvents.get(lead.id) ?? []));
  const addedIds = new Set(plan.added.map((l) => l.id));
  const next = new Map(plan.updated.map((l) => [l.id, l]));
  const touched = [...new Set([...next.keys(), ...[...newEvents.keys()].filter((id) => !addedIds.has(id))])];
  const updated = touched.flatMap((id) => {
    const row = stored.get(id);
    if (!row) return [];
    return [nextRow(row, next.get(row.id) ?? leadOf(row), ...(newEvents.get(row.id) ?? []))];
  });
  return { updated, added };
}
