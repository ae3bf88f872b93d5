import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRows } from '../../../../../extension/data/csv/csv-check';
import { leadsToCsv } from '../../../../../extension/data/csv/csv-export';
import { applyCsvImport, type CsvPlan, planCsvImport } from '../../../../../extension/data/csv/csv-import';
import { suggestMapping } from '../../../../../extension/data/csv/csv-mapping';
import { parseCsvText } from '../../../../../extension/data/csv/csv-parse';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import { DELETES_KEY } from '../../../../../extension/data/sync/sync-deletes';
import { SYNC_CONFIG_KEY } from '../../../../../extension/data/sync/sync-switch';
import type { Lead } from '../../../../../shared/model/lead';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { generatePipeline } from '../../../../support/generate-pipeline';

const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`csv-add-new-${n++}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The stored pipeline: `count` generated leads, each with a LinkedIn URL and an email. */
async function storePipeline(count: number): Promise<Lead[]> {
  const { leads } = generatePipeline({ leads: count, now: T0, seed: 3 });
  await db.leads.bulkAdd(leads.map((l) => rowOf(l, [])));
  return leads;
}

/** People the pipeline does not hold: their own ids, URLs and emails, sorting among the stored ones. */
const newPeople = (count: number, tag: string): Lead[] =>
  generatePipeline({ leads: count, now: T0, seed: 9 }).leads.map((l) => ({
    ...l,
    id: `${tag}-${l.id}`,
    linkedinUrl: l.linkedinUrl?.replace(/\/$/, `_${tag}/`),
    email: l.email?.replace('@', `_${tag}@`),
  }));

/** The leads as our own CSV export writes them (Embudo ID included), checked. */
async function checked(leads: readonly Lead[]) {
  const r = parseCsvText(leadsToCsv(leads));
  if (!r.ok) throw new Error('not a table');
  let id = 0;
  const ctx = { settings: DEFAULT_SETTINGS, decimalComma: false, now: T0, newId: () => `new-${id++}` };
  return checkRows(r.table, suggestMapping(r.table.headers), ctx);
}

/** What a plan says, by lead id and file row: comparable between the preview and the import. */
const summary = (p: CsvPlan) => ({
  added: p.added.map((l) => l.id),
  updated: p.updated.map((l) => [l.id, l.company]),
  unchanged: p.unchanged,
  conflicts: p.conflicts.map((c) => c.row),
  events: p.events.map((e) => e.leadId),
});

describe('applyCsvImport into a large pipeline', () => {
  it('stores new people without one index look-up per key', async () => {
    await storePipeline(3000);
    const { valid, errors } = await checked(newPeople(400, 'n'));
    expect(errors).toEqual([]);
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const plan = await applyCsvImport(db, valid, T0);
    expect(plan.added).toHaveLength(400);
    expect(getKey).not.toHaveBeenCalled();
    expect(await db.leads.count()).toBe(3400);
  }, 120_000);

  it('finds the same duplicates as the preview: by id, LinkedIn URL, email, and rows matching two leads', async () => {
    const stored = await storePipeline(3000);
    const renamed = (l: Lead): Lead => ({ ...l, company: `${l.company ?? ''} (renamed)` });
    const byUrl = (l: Lead, i: number): Lead => ({ ...renamed(l), id: `url-${i}`, email: undefined });
    const byEmail = (l: Lead, i: number): Lead => ({ ...renamed(l), id: `em-${i}`, linkedinUrl: undefined });
    const [a, b] = stored.slice(2900) as [Lead, Lead];
    const twoLeads: Lead = { ...renamed(a), id: 'both', email: b.email };
    // New people first and last; in between, enough stored people for the first batches to be
    // mostly refused, so the rest of the file is planned by look-up alone.
    const file = [
      ...newPeople(300, 'first'),
      ...stored.slice(0, 2500).map(renamed),
      ...stored.slice(2500, 2600).map(byUrl),
      ...stored.slice(2600, 2700).map(byEmail),
      ...stored.slice(2700, 2750),
      twoLeads,
      ...newPeople(300, 'last'),
    ];
    const { valid, errors } = await checked(file);
    expect(errors).toEqual([]);
    const preview = await planCsvImport(db, valid, T0);
    const plan = await applyCsvImport(db, valid, T0);
    expect(summary(plan)).toEqual(summary(preview));
    expect([plan.added.length, plan.updated.length, plan.unchanged, plan.conflicts.length]).toEqual([
      600, 2700, 50, 1,
    ]);
    expect(await db.leads.count()).toBe(3600);
    expect((await db.leads.get(stored[2550]?.id ?? ''))?.company).toMatch(/\(renamed\)$/);
    expect(await db.leads.get('url-50')).toBeUndefined();
  }, 120_000);

  it('offers one batch only when a file is mostly people already stored (a re-import)', async () => {
    const stored = await storePipeline(3000);
    const { valid } = await checked(stored.slice(0, 2500).map((l) => ({ ...l, company: 'Renamed' })));
    const bulkAdd = vi.spyOn(db.leads, 'bulkAdd');
    const plan = await applyCsvImport(db, valid, T0);
    expect(plan.updated).toHaveLength(2500);
    expect(bulkAdd.mock.calls.map(([rows]) => rows.length)).toEqual([2000]);
  }, 120_000);

  it('keeps a pending team deletion when a row names the deleted lead and matches another', async () => {
    const [held] = await storePipeline(1);
    const deleted: Lead = { ...newPeople(1, 'gone')[0], id: 'gone-1' } as Lead;
    const pending = { [deleted.id]: { row: { ...rowOf(deleted, []), sync: { rev: '1-a' } }, dirty: T0 } };
    await db.meta.bulkPut([
      { key: SYNC_CONFIG_KEY, value: { on: true } },
      { key: DELETES_KEY, value: pending },
    ]);
    const { valid } = await checked([{ ...deleted, email: held?.email, company: 'Moved Co' }]);
    const plan = await applyCsvImport(db, valid, T0 + 1);
    expect(plan.updated.map((l) => l.id)).toEqual([held?.id]);
    expect((await db.meta.get(DELETES_KEY))?.value).toEqual(pending);
  });
});
