import { describe, expect, it } from 'vitest';
import { deleteLead, restoreLead } from '../../../../../extension/data/leads/lead-delete';
import { addLead, updateLead } from '../../../../../extension/data/leads/lead-edits';
import { moveLead } from '../../../../../extension/data/leads/lead-repository';
import { setLeadPrivate } from '../../../../../extension/data/sync/lead-private';
import { turnSyncOff } from '../../../../../extension/data/sync/sync-config';
import { syncOnce } from '../../../../../shared/sync/replicate';
import type { LeadDoc } from '../../../../../shared/sync/team-docs';
import { DexieTestStore } from '../../../../support/dexie-test-store';
import type { TeamServer } from '../../../../support/team-server';
import { signedIn, TEAM, withTeamServer } from '../../../shared/sync/team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const T0 = Date.UTC(2026, 10, 2, 9);
const person = (name: string, email?: string) => ({ kind: 'person' as const, name, source: 'manual', email });

/** One browser of `name` with the extension's store, signed in to the team database. */
async function browser(name: string, replicaId: string) {
  const { client } = await signedIn(server, name, TEAM.database);
  const store = await DexieTestStore.open(name);
  return { store, db: store.db, sync: () => syncOnce({ client, store, replicaId }) };
}

const waiting = async (store: DexieTestStore) =>
  (await store.dirty(1000, new Set())).map((d) => `${d.doc._id}${d.deleted ? ' (deleted)' : ''}`);

describe('the Dexie store under the app’s own writers', { timeout: 60_000 }, () => {
  it('every write while sync is on waits for the push; none while it is off', async () => {
    const store = await DexieTestStore.open('ana');
    const { db } = store;
    const { lead } = await addLead(db, person('Ada', 'ada@example.com'), T0);
    expect(await waiting(store)).toEqual([`lead:${lead.id}`]);
    await store.update([`lead:${lead.id}`], (_, c) => c && { ...c, dirty: 0, rev: '1-x' });
    expect(await waiting(store)).toEqual([]);
    await updateLead(db, lead.id, { company: 'Acme' }, T0 + 1);
    expect(await waiting(store)).toEqual([`lead:${lead.id}`]);
    const row = await db.leads.get(lead.id);
    expect(row?.sync?.rev).toBe('1-x'); // the writer rebuilt the row from a Lead: the revision stays
    expect(row?.sync?.clock?.company).toBe(T0 + 1);
    await store.update([`lead:${lead.id}`], (_, c) => c && { ...c, dirty: 0 });
    await moveLead(db, lead.id, { stage: 'interest' }, T0 + 2);
    expect(await waiting(store)).toEqual([`lead:${lead.id}`]);

    await turnSyncOff(db);
    const other = (await addLead(db, person('Bo'), T0 + 3)).lead;
    expect((await db.leads.get(other.id))?.syncDirty).toBeUndefined();
    expect((await db.leads.get(other.id))?.sync).toBeUndefined();
  });

  it('a shared lead deleted here leaves a deletion to push; undo takes it back', async () => {
    const store = await DexieTestStore.open('ana');
    const { db } = store;
    const { lead } = await addLead(db, person('Cy'), T0);
    await store.update([`lead:${lead.id}`], (_, c) => c && { ...c, dirty: 0, rev: '1-x' });
    const gone = await deleteLead(db, lead.id);
    expect(await waiting(store)).toEqual([`lead:${lead.id} (deleted)`]);
    await restoreLead(db, gone as NonNullable<typeof gone>);
    expect(await waiting(store)).toEqual([`lead:${lead.id}`]);
    expect((await db.leads.get(lead.id))?.sync?.rev).toBe('1-x');
  });

  it('a private lead never syncs; a shared one made private is deleted on the server', async () => {
    const ana = await browser('ana', 'private-ana');
    const shared = (await addLead(ana.db, person('Shared'), T0)).lead;
    const secret = (await addLead(ana.db, person('Secret'), T0)).lead;
    await setLeadPrivate(ana.db, secret.id, true, T0 + 1);
    await ana.sync();
    const lia = await browser('lia', 'private-lia');
    await lia.sync();
    const seen = async () => Object.keys(await lia.store.contents()).filter((id) => id.startsWith('lead:'));
    expect(await seen()).toContain(`lead:${shared.id}`);
    expect(await seen()).not.toContain(`lead:${secret.id}`);
    await setLeadPrivate(ana.db, shared.id, true, T0 + 2);
    await ana.sync();
    await lia.sync();
    expect(await seen()).not.toContain(`lead:${shared.id}`);
    expect(await ana.db.leads.get(shared.id)).toMatchObject({ name: 'Shared', private: true }); // kept here
  });

  it('a pulled lead with the email of a different local lead is merged into it, not a failed pull', async () => {
    const laptop = await browser('bo', 'clash-laptop');
    const desktop = await browser('bo', 'clash-desktop');
    const a = (await addLead(laptop.db, { ...person('Dee', 'dee@example.com'), company: 'Acme' }, T0)).lead;
    const b = (
      await addLead(desktop.db, { ...person('Dee D.', 'dee@example.com'), notes: 'met at fair' }, T0 + 5)
    ).lead;
    expect(a.id).not.toBe(b.id);
    await laptop.sync();
    await desktop.sync(); // pulls a: its email is b's
    await laptop.sync();
    await desktop.sync();
    for (const side of [laptop, desktop]) {
      const rows = await side.db.leads.where('email').equals('dee@example.com').toArray();
      expect(rows).toHaveLength(1);
      expect(await side.db.leads.count()).toBe(1);
      expect(rows[0]).toMatchObject({ company: 'Acme', notes: 'met at fair' });
    }
    const [l, d] = [await laptop.store.contents(), await desktop.store.contents()];
    const lead = (c: typeof l) =>
      Object.values(c).filter((x): x is LeadDoc => x.type === 'lead' && x.owner === 'bo');
    expect(lead(l)).toEqual(lead(d));
    expect(lead(l)[0]?.lead.changes).toContainEqual(expect.objectContaining({ field: 'name' }));
  });
});
