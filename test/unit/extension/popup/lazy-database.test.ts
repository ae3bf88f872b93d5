import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../../extension/data/db';
import { database, loadDatabaseCode } from '../../../../extension/popup/lazy-database';

describe('lazy-database: the popup reaches the connection after its first frame', () => {
  it('loads the database code once and hands out the page’s one connection', async () => {
    const first = loadDatabaseCode();
    expect(loadDatabaseCode()).toBe(first);
    const db = await database();
    expect(db).toBe(await database());
    // The same connection lazily loaded screens get from data/db.ts directly.
    expect(db).toBe(getDb());
  });
});
