import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../../../extension/data/backup/backup';
import { backupFile } from '../../../../../extension/data/backup/backup-export';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { seed } from '../data-helpers';

/**
 * The data screen writes the file page by page. Whatever the page size, the text
 * is the same, holds every stored lead and event in key order, and the database
 * is left as it was.
 */
const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`backup-file-${n++}`);
  await db.open();
});
afterEach(() => db.delete());

const text = async (pageSize?: number) =>
  (await backupFile(db, { now: T0, owner: 'Marta', pageSize })).blob.text();

describe('backup file, written page by page', () => {
  it('holds every lead and event, lead by lead, the small fields first', async () => {
    await seed(db, 61);
    const rows = await db.leads.toArray();
    const file = await text();
    // The small fields come first, so a person opening the file sees what it is.
    expect(file).toMatch(
      /^\{"format":"embudo-backup","version":1,"exportedAt":"[^"]+","owner":"Marta","settings":/,
    );
    const check = await checkBackupFile(new Blob([file]));
    if (!check.ok) throw new Error(`invalid: ${check.issue}`);
    expect(check.backup.leads).toEqual(rows.map(({ events: _events, ...lead }) => lead));
    expect(check.backup.stageEvents).toEqual(rows.flatMap((r) => r.events));
    expect(check.backup.stageEvents.length).toBeGreaterThan(61);
  });

  for (const pageSize of [1, 7, 61]) {
    it(`is the same text in pages of ${pageSize}, and leaves the database alone`, async () => {
      await seed(db, 61);
      const before = await db.leads.toArray();
      expect(await text(pageSize)).toBe(await text());
      // The records read for the file had their history dropped in memory, never in the database.
      expect(await db.leads.toArray()).toEqual(before);
    });
  }

  it('reports its progress page by page, ending at every lead', async () => {
    await seed(db, 61);
    const seen: [number, number][] = [];
    await backupFile(db, { now: T0, pageSize: 20, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.map(([, total]) => total)).toEqual([61, 61, 61, 61]);
    expect(seen.map(([done]) => done).sort((a, b) => a - b)).toEqual([20, 40, 60, 61]);
  });

  it('writes a valid file for an empty database', async () => {
    const file = await backupFile(db, { now: T0 });
    expect(file.leads).toBe(0);
    expect(file.blob.type).toBe('application/json');
    const check = await checkBackupFile(file.blob);
    expect(check.ok && [check.backup.leads, check.backup.stageEvents, check.backup.reviews]).toEqual([
      [],
      [],
      [],
    ]);
  });
});
