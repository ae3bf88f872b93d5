import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile, importBackupText } from '../../../../../extension/data/backup/backup';
import { backupFile, backupFileName } from '../../../../../extension/data/backup/backup-export';
import { applyBackup, planBackupImport } from '../../../../../extension/data/backup/backup-import';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import type { Backup } from '../../../../../shared/model/backup';
import type { Lead } from '../../../../../shared/model/lead';
import { generatePipeline } from '../../../../support/generate-pipeline';
import { dumpDb, exportedBackup, failNext, seed } from '../data-helpers';

const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let other: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`backup-test-${n++}`);
  other = openDb(`backup-test-${n++}`);
  await Promise.all([db.open(), other.open()]);
});
afterEach(async () => {
  await Promise.all([db.delete(), other.delete()]);
});

const exported = async (from: EmbudoDb, now = T0) => exportedBackup(from, { now, owner: ' Marta ' });

describe('backup export', () => {
  it('writes everything in the database, as a valid backup', async () => {
    await seed(db, 400);
    const backup = await exported(db);
    expect(backup).toMatchObject({ format: 'embudo-backup', version: 1, owner: 'Marta' });
    expect(backup.exportedAt).toBe('2026-11-02T09:00:00.000Z');
    // Each stored row splits into its lead (no `events` field) and its history, lead by lead.
    const rows = await db.leads.toArray();
    expect(backup.leads).toEqual(rows.map(({ events: _events, ...lead }) => lead));
    expect(backup.leads.some((l) => 'events' in l)).toBe(false);
    expect(backup.stageEvents).toEqual(rows.flatMap((r) => r.events));
    expect(backup.stageEvents.length).toBeGreaterThan(400);
    expect(backup.reviews).toHaveLength(1);
    expect(backup.settings.capacity).toBe(12);
    expect((await checkBackupFile(new Blob([JSON.stringify(backup)]))).ok).toBe(true);
  });

  it('names files by date', () => {
    expect(backupFileName(T0)).toBe('embudo-backup-2026-11-02.json');
    // The rep's name, so a lead collecting the team's files can tell them apart.
    expect(backupFileName(T0, '  Ana Ruiz ')).toBe('embudo-backup-ana-ruiz-2026-11-02.json');
    expect(backupFileName(T0, 'Lucía / Núñez: "east"')).toBe(
      'embudo-backup-lucía-núñez-east-2026-11-02.json',
    );
    expect(backupFileName(T0, '../..')).toBe('embudo-backup-2026-11-02.json');
  });
});

describe('backup import', () => {
  it('restores a backup into an empty browser, field for field; the second import changes nothing', async () => {
    await seed(db, 300);
    const text = await (await backupFile(db, { now: T0 })).blob.text();
    const first = await importBackupText(other, text);
    if (!first.ok) throw new Error('import refused');
    expect(first.plan.added).toHaveLength(300);
    const [a, b] = await Promise.all([dumpDb(db), dumpDb(other)]);
    // Rows carry their events (stored without ids), so this compares every lead's history too.
    expect(b.leads).toEqual(a.leads);
    expect(b.reviews).toEqual(a.reviews);
    expect(b.meta).toEqual(a.meta);

    const second = await importBackupText(other, text);
    expect(second).toMatchObject({ ok: true, plan: { added: [], updated: [], conflicts: [], events: [] } });
    expect(second.ok && second.plan.unchanged).toBe(300);
    expect(await dumpDb(other)).toEqual(b);
  });

  it('previews new, updated, unchanged and conflicting leads', async () => {
    const { leads, stageEvents } = generatePipeline({ leads: 5, now: T0, seed: 3 });
    const [l0, l1, l2, l3, l4] = leads as [Lead, Lead, Lead, Lead, Lead];
    await db.leads.bulkAdd(
      [l0, l1, { ...l2, notes: 'edited here', updatedAt: l2.updatedAt + 10 }].map((l) => rowOf(l, [])),
    );
    // Captured separately here: same LinkedIn profile as the file's l4, another id.
    await db.leads.add(rowOf({ ...l4, id: 'local-copy', email: undefined }, []));
    const file: Backup = {
      ...(await exportedBackup(other, { now: T0 })),
      leads: [l0, { ...l1, company: 'Renamed', updatedAt: l1.updatedAt + 5 }, l2, l3, l4],
      stageEvents,
    };
    const plan = await planBackupImport(db, file);
    expect(plan.added.map((l) => l.id)).toEqual([l3.id]);
    expect(plan.updated.map((l) => l.company)).toEqual(['Renamed']);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts.map((c) => [c.lead.id, c.existing.id, c.reason])).toEqual([
      [l2.id, l2.id, 'changed-here'],
      [l4.id, 'local-copy', 'same-person'],
    ]);
    // Events of conflicting leads wait with them; the others' missing events are added.
    expect(new Set(plan.events.map((e) => e.leadId))).toEqual(new Set([l0.id, l1.id, l3.id]));
    expect(plan.events.every((e) => e.id === undefined)).toBe(true);

    const before = await dumpDb(db);
    expect(await dumpDb(db)).toEqual(before); // the preview wrote nothing

    const taken = await applyBackup(db, file, { conflicts: 'use-file' });
    expect(taken.updated.map((l) => l.id).sort()).toEqual([l1.id, l2.id].sort());
    expect(taken.conflicts.map((c) => c.reason)).toEqual(['same-person']);
    expect((await db.leads.get(l2.id))?.notes).toBe(l2.notes);
    expect(await db.leads.get('local-copy')).toBeDefined();
    const again = await planBackupImport(db, file, { conflicts: 'use-file' });
    expect([again.added.length, again.updated.length, again.events.length]).toEqual([0, 0, 0]);
  });

  it('lets an email move from one lead to another within one import', async () => {
    const { leads } = generatePipeline({ leads: 2, now: T0 });
    const [a, b] = leads as [Lead, Lead];
    await db.leads.add(rowOf(a, []));
    const moved = { ...a, email: 'new@example.com', updatedAt: a.updatedAt + 1 };
    const file = { ...(await exportedBackup(other, { now: T0 })), leads: [moved, { ...b, email: a.email }] };
    const plan = await applyBackup(db, file);
    expect([plan.added.length, plan.updated.length, plan.conflicts.length]).toEqual([1, 1, 0]);
    expect(
      (
        await db.leads
          .where('email')
          .equals(a.email as string)
          .first()
      )?.id,
    ).toBe(b.id);
  });

  it('asks the popup to rebuild its value totals after writing leads', async () => {
    await seed(db, 3);
    const file = await exported(db);
    await other.meta.put({ key: 'pipeline-summary', value: { version: 1 } });
    await applyBackup(other, file);
    expect(await other.meta.get('pipeline-summary')).toBeUndefined();
  });

  it('takes the file settings unless told not to', async () => {
    await seed(db, 3);
    const file = await exported(db);
    expect((await planBackupImport(other, file, { settings: false })).settings).toBeUndefined();
    const plan = await applyBackup(other, file);
    expect(plan.settingsDiffer).toBe(true);
    expect((await other.meta.get('settings'))?.value).toMatchObject({ capacity: 12 });
  });

  it('aborts whole when the browser refuses a write half-way (quota): nothing changes', async () => {
    await seed(db, 50);
    const file = await exported(db);
    await seed(other, 5, 'other');
    const before = await dumpDb(other);
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    // The leads (with their events) are written first; the reviews come after them.
    failNext(other.reviews, 'bulkAdd', quota);
    await expect(applyBackup(other, file)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await dumpDb(other)).toEqual(before);
  });

  it('refuses an invalid file with the first problems by path, and writes nothing', async () => {
    await seed(db, 45);
    const file = (await exported(db)) as unknown as { leads: Record<string, unknown>[] };
    (file.leads[41] as Record<string, unknown>).email = 'not-an-email';
    const before = await dumpDb(other);
    const result = await importBackupText(other, JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, issue: 'invalid', total: 1 });
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'leads[41].email: not an email',
    ]);
    expect(await dumpDb(other)).toEqual(before);
  });
});
