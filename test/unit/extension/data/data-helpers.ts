import { backupFile } from '../../../../extension/data/backup/backup-export';
import type { EmbudoDb, LeadRow } from '../../../../extension/data/db';
import { rowOf } from '../../../../extension/data/leads/lead-rows';
import type { Backup } from '../../../../shared/model/backup';
import type { Lead } from '../../../../shared/model/lead';
import { SettingsSchema } from '../../../../shared/model/settings';
import type { StageEvent } from '../../../../shared/model/stage-event';
import { generatePipeline } from '../../../support/generate-pipeline';

const T0 = Date.UTC(2026, 10, 2, 9);

/** Stored rows for `leads`, each with its own `events` (grouped by `leadId`); an event of no listed lead is a test bug. */
export function rowsOf(leads: readonly Lead[], events: readonly StageEvent[]): LeadRow[] {
  const byLead = new Map<string, StageEvent[]>(leads.map((l) => [l.id, []]));
  for (const e of events) {
    const list = byLead.get(e.leadId);
    if (!list) throw new Error(`event of unknown lead ${e.leadId}`);
    list.push(e);
  }
  return leads.map((l) => rowOf(l, byLead.get(l.id) ?? []));
}

/** A seeded pipeline plus one review and non-default settings, under an id prefix. */
export async function seed(db: EmbudoDb, leads: number, prefix = 'gen'): Promise<void> {
  const data = generatePipeline({ leads, now: T0, seed: leads });
  const rename = (id: string) => id.replace(/^gen/, prefix);
  const rows = rowsOf(
    data.leads.map((l) => ({
      ...l,
      id: rename(l.id),
      email: prefix === 'gen' ? l.email : `${prefix}-${l.email}`,
      linkedinUrl: prefix === 'gen' ? l.linkedinUrl : `${l.linkedinUrl}${prefix}/`,
    })),
    data.stageEvents.map(({ id: _id, ...e }) => ({ ...e, leadId: rename(e.leadId) })),
  );
  await db.transaction('rw', db.leads, db.reviews, db.meta, async () => {
    await db.leads.bulkAdd(rows);
    await db.reviews.add({
      id: `${prefix}-review-1`,
      at: T0 - 7 * 86_400_000,
      figures: { won: 3 },
      problems: {},
    });
    await db.meta.put({ key: 'settings', value: SettingsSchema.parse({ capacity: 12 }) });
  });
}

/**
 * Every record of every table, ordered by key: two dumps are equal when the databases are.
 * `leads` are the stored rows, each with its `events` (oldest first, no event ids).
 */
export async function dumpDb(db: EmbudoDb) {
  const [leads, reviews, meta] = await Promise.all([
    db.leads.toArray(),
    db.reviews.toArray(),
    db.meta.toArray(),
  ]);
  return { leads, reviews, meta };
}

/** Makes one table method fail the way a browser does (full disk, I/O error) for the next calls. */
export function failNext(table: object, method: string, error: Error): void {
  (table as Record<string, unknown>)[method] = () => Promise.reject(error);
}

/** The backup file the data screen would save, read back as an object (what a test compares). */
export async function exportedBackup(
  db: EmbudoDb,
  opts: { now?: number; owner?: string; pageSize?: number } = {},
): Promise<Backup> {
  return JSON.parse(await (await backupFile(db, opts)).blob.text()) as Backup;
}
