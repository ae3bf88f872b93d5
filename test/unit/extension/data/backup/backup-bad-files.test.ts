import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackupFile, importBackupText } from '../../../../../extension/data/backup/backup';
import { backupFile } from '../../../../../extension/data/backup/backup-export';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { generatePipeline } from '../../../../support/generate-pipeline';
import { BAD_FILES, type Outcome, outcomeOf } from '../bad-files-run';
import { dumpDb, seed } from '../data-helpers';

const expected = JSON.parse(readFileSync(`${BAD_FILES}/expected.json`, 'utf8')) as Record<string, Outcome>;
const files = readdirSync(BAD_FILES).filter((f) => f.endsWith('.json') && f !== 'expected.json');

let db: EmbudoDb;
beforeAll(async () => {
  db = openDb('bad-backups');
  await db.open();
  await seed(db, 20);
});
afterAll(async () => {
  await db.delete();
});

describe('bad backup files', () => {
  it('every file in the corpus has its expected outcome written down', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) expect(expected, f).toHaveProperty([f]);
  });

  for (const file of files) {
    it(`${file}: refused with a clear reason and nothing written, or read whole`, async () => {
      const { rows: _rows, ...outcome } = await outcomeOf(db, file);
      expect(outcome).toEqual(expected[file]);
      if (outcome.refused === undefined) return;
      const before = await dumpDb(db);
      const result = await importBackupText(db, readFileSync(`${BAD_FILES}/${file}`));
      expect(result.ok).toBe(false);
      expect(await dumpDb(db)).toEqual(before);
    });
  }

  // How fast is `npm run bench`'s business; here only what is found, and a time-out generous
  // enough for a busy machine (it builds and checks 60,000 leads).
  it('a 50 MB backup with one bad field near the end: found by path, nothing written', async () => {
    const T0 = Date.UTC(2026, 10, 2, 9);
    const { leads, stageEvents } = generatePipeline({ leads: 60_000, now: T0, seed: 9 });
    (leads[59_998] as { email?: string }).email = 'not-an-email';
    const head = JSON.parse(await (await backupFile(openDb('unused-empty'), { now: T0 })).blob.text());
    const file = new Blob([JSON.stringify({ ...head, leads, stageEvents })]);
    expect(file.size).toBeGreaterThan(50 * 1024 * 1024);
    const before = await dumpDb(db);
    const check = await checkBackupFile(file);
    expect(check).toMatchObject({ ok: false, issue: 'invalid', total: 1 });
    expect(!check.ok && check.problems[0]?.path).toBe('leads[59998].email');
    expect(await dumpDb(db)).toEqual(before);
  }, 180_000);

  it('a file over the size limit is refused before it is read', async () => {
    const huge = {
      size: 400 * 1024 * 1024,
      text: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    expect(await checkBackupFile(huge)).toMatchObject({ ok: false, issue: 'too-large' });
  });
});
