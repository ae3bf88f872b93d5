import { describe, expect, it } from 'vitest';
import { addLead } from '../../../../../extension/data/leads/lead-edits';
import { moveLead } from '../../../../../extension/data/leads/lead-repository';
import { loadSettings, saveSettings } from '../../../../../extension/data/settings/settings-repository';
import { readTeamProcess, saveTeamProcess } from '../../../../../extension/data/sync/team-process';
import { adminClient } from '../../../../../scripts/team/admin-client';
import { findProblems } from '../../../../../shared/metrics/problems';
import { resolveProcess } from '../../../../../shared/process/resolve-settings';
import { syncOnce } from '../../../../../shared/sync/replicate';
import { SyncError } from '../../../../../shared/sync/sync-error';
import { DexieTestStore } from '../../../../support/dexie-test-store';
import type { TeamServer } from '../../../../support/team-server';
import { signedIn, TEAM, withTeamServer } from '../../../shared/sync/team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);

async function browser(name: string) {
  const { client } = await signedIn(server, name, TEAM.database);
  const store = await DexieTestStore.open(name);
  return { db: store.db, sync: () => syncOnce({ client, store, replicaId: `${name}-1`, now: () => T0 }) };
}

/** Everything a rep's history is made of: the rows as stored, minus sync bookkeeping. */
async function history(db: DexieTestStore['db']) {
  return (await db.leads.toArray()).map(({ sync: _s, syncDirty: _d, ...row }) => row);
}

describe("the team's process, set by a lead", { timeout: 60_000 }, () => {
  it('a lead saves it; a rep adopts it on the next sync, keeps her language, and her history stays as it was', async () => {
    const lia = await browser('lia');
    const ana = await browser('ana');
    await saveSettings(ana.db, { ...(await loadSettings(ana.db)), language: 'es' });
    const { lead } = await addLead(ana.db, { kind: 'person', name: 'Ada', source: 'manual' }, T0);
    await moveLead(ana.db, lead.id, { stage: 'interest' }, T0 + DAY);
    await ana.sync();
    const before = await history(ana.db);
    const now = T0 + 6 * DAY; // five days in Interest: stalled only under a 3-day threshold
    const stalled = async () => {
      const settings = await loadSettings(ana.db);
      const rows = await ana.db.leads.toArray();
      const events = rows.flatMap((r) => r.events.map((e, i) => ({ ...e, id: i })));
      return findProblems({ leads: rows, events, settings, now }).counts.stalled;
    };
    expect(await stalled()).toBe(0);

    const mine = await loadSettings(lia.db);
    const teamSettings = {
      ...mine,
      stageNames: { en: { interest: 'Engaged' }, es: { interest: 'Enganchado' } },
      stallDays: { interest: 3 },
    };
    expect(await saveTeamProcess(lia.db, teamSettings, 'lia', T0 + 2 * DAY)).toMatchObject({ ok: true });
    expect(await readTeamProcess(lia.db)).toEqual({ owner: 'lia', updatedAt: T0 + 2 * DAY, waiting: true });
    expect((await lia.sync()).lead).toBe(true);
    expect(await readTeamProcess(lia.db)).toMatchObject({ waiting: false });

    expect((await ana.sync()).lead).toBe(false);
    const adopted = await loadSettings(ana.db);
    expect(adopted.language).toBe('es');
    expect(resolveProcess(adopted).stageName('interest', 'en')).toBe('Engaged');
    expect(adopted.stallDays.interest).toBe(3);
    // Stage ids and events are untouched; only the figures computed from them change.
    expect(await history(ana.db)).toEqual(before);
    expect(await stalled()).toBe(1);
  });

  it("a rep's change to the process is refused by the server, and the team's version comes back", async () => {
    const ana = await browser('ana');
    await ana.sync();
    const team = await loadSettings(ana.db);
    expect(team.stallDays.interest).toBe(3); // the lead's, from the test above
    await saveTeamProcess(ana.db, { ...team, capacity: 99 }, 'ana', T0 + 3 * DAY);
    expect((await loadSettings(ana.db)).capacity).toBe(99);

    const err = await ana.sync().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect(err).toMatchObject({ kind: 'forbidden', ids: ['process'] });
    expect((await loadSettings(ana.db)).capacity).toBe(team.capacity);
    expect(await readTeamProcess(ana.db)).toMatchObject({ owner: 'lia', waiting: false });
    await ana.sync(); // nothing left to refuse
    const onServer = await adminClient(server.adminUrl).request('GET', `/${TEAM.database}/process`);
    expect(onServer.data).toMatchObject({ owner: 'lia', settings: { capacity: team.capacity } });
  });
});
