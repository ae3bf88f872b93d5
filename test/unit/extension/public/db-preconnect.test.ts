import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openDb } from '../../../../extension/data/db';

const script = readFileSync('extension/public/db-preconnect.js', 'utf8');
const preconnect = () => new Function(script)();
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('db-preconnect.js: the popup warms the database up before its code runs', () => {
  it('is loaded by the popup before its app code', () => {
    const html = readFileSync('extension/entrypoints/popup/index.html', 'utf8');
    const warm = html.indexOf('<script src="/db-preconnect.js"></script>');
    expect(warm).toBeGreaterThan(0);
    expect(warm).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it('creates no database when there is none (the app creates it, with its schema)', async () => {
    preconnect();
    await settle();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const db = openDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['leads', 'meta', 'reviews', 'teamDocs', 'teamReps']);
    db.close();
  });

  it('gives way at once to an app connection that upgrades the database', async () => {
    // An older schema on disk: the preconnect opens it, then the app's upgrade must not be blocked.
    const v1 = openDb(DB_NAME, 1);
    await v1.open();
    v1.close();
    preconnect();
    await settle();
    const current = openDb();
    await Promise.race([
      current.open(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('upgrade blocked')), 2000)),
    ]);
    expect(current.verno).toBeGreaterThan(1);
    current.close();
  });
});
