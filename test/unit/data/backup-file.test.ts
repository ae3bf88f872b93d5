import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFile, backupJsonParts, checkBackupText, exportBackup } from '../../../extension/data/backup';
import { type EmbudoDb, openDb } from '../../../extension/data/db';
import { seed } from './data-helpers';

/**
 * The data screen writes the file page by page (`backupFile`); scripts and
 * tests build it from the object (`exportBackup` + `backupJsonParts`). Both must
 * give the very same text, whatever the page size, and leave the database alone.
 */
const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`backup-file-${n++}`);
  await db.open();
});
afterEach(() => db.delete());

const byObject = async () => backupJsonParts(await exportBackup(db, { now: T0, owner: 'Marta' })).join('');

describe('backup file, written page by page', () => {
  for (const pageSize of [1, 7, 61, 10_000]) {
    it(`is the same text as the object export (pages of ${pageSize})`, async () => {
      await seed(db, 61);
      const before = await db.leads.toArray();
      const file = await backupFile(db, { now: T0, owner: 'Marta', pageSize });
      const text = await file.blob.text();
      expect(text).toBe(await byObject());
      expect(file.leads).toBe(61);
      const check = checkBackupText(text);
      expect(check.ok && check.backup.leads.length).toBe(61);
      expect(check.ok && check.backup.stageEvents.length).toBe(before.flatMap((r) => r.events).length);
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
    const check = checkBackupText(await file.blob.text());
    expect(check.ok && [check.backup.leads, check.backup.stageEvents, check.backup.reviews]).toEqual([
      [],
      [],
      [],
    ]);
  });
});
