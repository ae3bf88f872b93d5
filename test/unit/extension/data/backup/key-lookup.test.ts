import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leadsHoldingKeys } from '../../../../../extension/data/backup/import-keys';
import { holdsMoreThan, withLeadsTransaction } from '../../../../../extension/data/backup/key-lookup';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import type { Lead } from '../../../../../shared/model/lead';
import { generatePipeline } from '../../../../support/generate-pipeline';

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`key-lookup-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** `count` stored leads; every third has no email, every fifth no LinkedIn URL. */
async function store(count: number): Promise<Lead[]> {
  const leads = generatePipeline({ leads: count, seed: 5 }).leads.map((l, i) => ({
    ...l,
    email: i % 3 === 0 ? undefined : l.email,
    linkedinUrl: i % 5 === 0 ? undefined : l.linkedinUrl,
  }));
  await db.leads.bulkAdd(leads.map((l) => rowOf(l, [])));
  return leads;
}

/** Incoming leads: some share a stored lead's URL or email, some are new people. */
function incoming(stored: readonly Lead[], newOnes: number) {
  const byUrl = stored.filter((_, i) => i % 7 === 1).map((l) => ({ id: 'x', linkedinUrl: l.linkedinUrl }));
  const byEmail = stored.filter((_, i) => i % 11 === 2).map((l) => ({ id: 'y', email: l.email }));
  const fresh = Array.from({ length: newOnes }, (_, i) => ({
    id: `n${i}`,
    email: `new-${i}@example.com`,
    linkedinUrl: `https://www.linkedin.com/in/new-${i}/`,
  }));
  return [...byUrl, ...byEmail, ...fresh];
}

/** What the look-up must find: every stored lead holding one of the incoming keys. */
function expected(stored: readonly Lead[], keys: ReturnType<typeof incoming>): string[] {
  const urls = new Set(keys.flatMap((k) => ('linkedinUrl' in k && k.linkedinUrl ? [k.linkedinUrl] : [])));
  const emails = new Set(keys.flatMap((k) => ('email' in k && k.email ? [k.email] : [])));
  return stored
    .filter((l) => (l.linkedinUrl && urls.has(l.linkedinUrl)) || (l.email && emails.has(l.email)))
    .map((l) => l.id)
    .sort();
}

describe('leadsHoldingKeys: every stored lead holding an incoming key is found', () => {
  it('in a pipeline large next to the batch (one request per key)', async () => {
    const stored = await store(400);
    const keys = incoming(stored, 20);
    const found = await leadsHoldingKeys(db, keys as Lead[]);
    expect([...found.keys()].sort()).toEqual(expected(stored, keys));
    expect(found.size).toBeGreaterThan(50);
  });

  it('in a pipeline small next to the batch (a cursor walk)', async () => {
    const stored = await store(30);
    const keys = incoming(stored, 400);
    const found = await leadsHoldingKeys(db, keys as Lead[]);
    expect([...found.keys()].sort()).toEqual(expected(stored, keys));
  });

  it('inside a read-write transaction, which then goes on with its own writes', async () => {
    const stored = await store(200);
    const keys = incoming(stored, 5);
    const found = await db.transaction('rw', db.leads, db.meta, async () => {
      const holders = await leadsHoldingKeys(db, keys as Lead[]);
      await db.meta.put({ key: 'probe', value: holders.size });
      return holders;
    });
    expect([...found.keys()].sort()).toEqual(expected(stored, keys));
    expect((await db.meta.get('probe'))?.value).toBe(found.size);
  });

  it('in an empty pipeline, and for leads with no keys', async () => {
    expect((await leadsHoldingKeys(db, incoming([], 50) as Lead[])).size).toBe(0);
    await store(10);
    expect((await leadsHoldingKeys(db, [{ id: 'a' } as Lead])).size).toBe(0);
  });

  it('a large pipeline is not walked key by key with a cursor on the key indexes', async () => {
    const stored = await store(300);
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    try {
      await leadsHoldingKeys(db, incoming(stored, 10) as Lead[]);
      expect(cursors).not.toHaveBeenCalled();
    } finally {
      cursors.mockRestore();
    }
  });
});

describe('holdsMoreThan', () => {
  it('tells whether the store holds more than n records', async () => {
    const check = (k: number) => withLeadsTransaction(db, (tx) => holdsMoreThan(tx, k));
    expect(await check(0)).toBe(false);
    await store(5);
    expect([await check(0), await check(0.5), await check(4), await check(4.9), await check(5)]).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
