import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { countStored, deleteAllData } from '../../../../../extension/data/delete-all';
import { dumpDb, failNext, seed } from '../data-helpers';

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`delete-test-${n++}`);
  await db.open();
  await seed(db, 30);
});
afterEach(async () => {
  await db.delete();
});

describe('delete all my data', () => {
  it('empties every table and says what it removed', async () => {
    const before = await countStored(db);
    expect(before).toEqual({ leads: 30, reviews: 1 });
    expect(await deleteAllData(db)).toEqual(before);
    expect(await dumpDb(db)).toEqual({ leads: [], reviews: [], meta: [] });
    // The database is still usable afterwards.
    expect(await countStored(db)).toEqual({ leads: 0, reviews: 0 });
  });

  it('deletes nothing if the browser fails half-way', async () => {
    const before = await dumpDb(db);
    failNext(db.reviews, 'clear', new Error('I/O error'));
    await expect(deleteAllData(db)).rejects.toThrow('I/O error');
    expect(await dumpDb(db)).toEqual(before);
  });
});
