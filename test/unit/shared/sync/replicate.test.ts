import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../../../../scripts/team/admin-client';
import { pull } from '../../../../shared/sync/pull';
import { push } from '../../../../shared/sync/push';
import { startSession, syncOnce } from '../../../../shared/sync/replicate';
import { SyncError } from '../../../../shared/sync/sync-error';
import { type LeadDoc, type ProcessDoc, ProcessSettingsSchema } from '../../../../shared/sync/team-docs';
import type { TeamServer } from '../../../support/team-server';
import { STORES, type TestStore } from '../../../support/test-stores';
import { edited, leadDoc } from './team-docs-fixture';
import { setUp, signedIn, TEAM, withTeamServer } from './team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const admin = () => adminClient(server.adminUrl);

// The same scenarios over every LocalStore (test/support/test-stores.ts), each in its own team database.
describe.each(STORES)('replicator against a CouchDB-speaking server, $name', { timeout: 60_000 }, (kind) => {
  const database = `embudo-${kind.name.split(' ')[0]}`;
  beforeAll(() => setUp(server, { ...TEAM, database }), 60_000);
  const serverDoc = async (id: string) =>
    (await admin().request('GET', `/${database}/${encodeURIComponent(id)}?conflicts=true`)).data;

  /** One browser of one rep: a store and a signed-in client. */
  async function browser(name: string, replicaId = `${name}-laptop`) {
    const { client, jar } = await signedIn(server, name, database);
    const store: TestStore = await kind.open(name);
    return { store, client, jar, sync: () => syncOnce({ client, store, replicaId, batchSize: 7 }) };
  }

  it('two reps and a lead converge on every document of the team', async () => {
    const [ana, bo, lia] = await Promise.all([browser('ana'), browser('bo'), browser('lia')]);
    for (let i = 0; i < 10; i++) await ana.store.edit(leadDoc(`a${i}`, 'ana'));
    for (let i = 0; i < 5; i++) await bo.store.edit(leadDoc(`b${i}`, 'bo', { company: 'Initech' }));
    const process: ProcessDoc = {
      _id: 'process',
      type: 'process',
      owner: 'lia',
      updatedAt: 1,
      settings: ProcessSettingsSchema.parse({ capacity: 40 }),
    };
    await lia.store.edit(process);
    for (const b of [ana, bo, lia, ana, bo]) await b.sync();
    expect(await ana.store.contents()).toEqual(await bo.store.contents());
    expect(await lia.store.contents()).toEqual(await ana.store.contents());
    expect(Object.keys(await ana.store.contents())).toHaveLength(10 + 5 + 1 + 3); // leads, process, rep status
    expect((await ana.store.records()).every((d) => d.dirty === 0)).toBe(true);
  });

  it('one rep in two browsers edits the same lead offline: one merged lead, nothing lost, no conflict left', async () => {
    const laptop = await browser('ana', 'laptop');
    const desktop = await browser('ana', 'desktop');
    const base = leadDoc('m1', 'ana', { company: 'Acme', notes: 'first call' });
    await laptop.store.edit(base);
    await laptop.sync();
    await desktop.sync();
    await laptop.store.edit(edited(base, { company: 'Acme Iberia' }, 1_800_000_000_000));
    await desktop.store.edit(edited(base, { company: 'Acme Spain', nextStep: 'demo' }, 1_800_000_000_500));
    // Both push before either pulls: the server now holds two conflicting revisions.
    const s = await startSession({ client: desktop.client, store: desktop.store, replicaId: 'desktop' });
    await pull(s);
    await laptop.sync();
    await push(s);
    expect((await serverDoc('lead:m1'))._conflicts).toHaveLength(1);
    await laptop.sync();
    await desktop.sync();
    await laptop.sync();
    const [a, b] = [
      (await laptop.store.contents())['lead:m1'],
      (await desktop.store.contents())['lead:m1'],
    ] as [LeadDoc, LeadDoc];
    expect(a).toEqual(b);
    expect(a.lead.company).toBe('Acme Spain');
    expect(a.lead.nextStep).toBe('demo');
    expect(a.lead.changes).toContainEqual(
      expect.objectContaining({ field: 'company', previous: 'Acme Iberia' }),
    );
    expect((await serverDoc('lead:m1'))._conflicts).toBeUndefined();
    expect((await serverDoc('lead:m1')).lead).toEqual(a.lead);
  });

  it("refuses a write to another rep's document with a typed error, and syncs the rest", async () => {
    const ana = await browser('ana', 'refused-ana');
    await ana.store.edit(leadDoc('own1', 'ana'));
    await ana.sync();
    const bo = await browser('bo', 'refused-bo');
    await bo.sync();
    await bo.store.edit(
      edited((await bo.store.contents())['lead:own1'] as LeadDoc, { notes: 'mine now' }, 1_900_000_000_000),
    );
    await bo.store.edit({ ...leadDoc('own1', 'bo'), _id: 'lead:own1' }); // and claiming it
    await bo.store.edit(leadDoc('bo-ok', 'bo'));
    const err = await bo.sync().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).kind).toBe('forbidden');
    expect((err as SyncError).ids).toEqual(['lead:own1']);
    expect((await serverDoc('lead:bo-ok')).owner).toBe('bo');
    expect((await serverDoc('lead:own1')).owner).toBe('ana');
    const kept = (await bo.store.records()).find((d) => d.doc._id === 'lead:own1');
    expect(kept?.dirty).toBeGreaterThan(0); // kept, not lost
  });
});
