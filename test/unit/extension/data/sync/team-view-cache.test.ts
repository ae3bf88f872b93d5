import { describe, expect, it } from 'vitest';
import { addLead } from '../../../../../extension/data/leads/lead-edits';
import { moveLead } from '../../../../../extension/data/leads/lead-repository';
import { loadSettings, saveSettings } from '../../../../../extension/data/settings/settings-repository';
import { saveSyncState } from '../../../../../extension/data/sync/sync-state';
import {
  readSavedTeamView,
  saveTeamView,
  TEAM_VIEW_MAX_AGE_MS,
  teamDataVersion,
} from '../../../../../extension/data/sync/team-view-cache';
import { syncOnce } from '../../../../../shared/sync/replicate';
import { DexieTestStore } from '../../../../support/dexie-test-store';
import type { TeamServer } from '../../../../support/team-server';
import { signedIn, TEAM, withTeamServer } from '../../../shared/sync/team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const T0 = Date.UTC(2026, 10, 2, 9);

async function browser(name: string) {
  const { client } = await signedIn(server, name, TEAM.database);
  const store = await DexieTestStore.open(name);
  return { db: store.db, sync: () => syncOnce({ client, store, replicaId: `${name}-1`, now: () => T0 }) };
}

describe('the Team screen saved for its next opening', { timeout: 60_000 }, () => {
  it('keeps the records’ version while nothing the screen reads has changed', async () => {
    const ana = await browser('ana');
    const bo = await browser('bo');
    const { lead } = await addLead(ana.db, { kind: 'person', name: 'Ada', source: 'manual' }, T0);
    await ana.sync();
    await bo.sync();
    const pulled = await teamDataVersion(bo.db);
    // A failed run (offline) writes its error and nothing else.
    await saveSyncState(bo.db, { failures: 1, error: { kind: 'offline', detail: 'no network', at: T0 + 1 } });
    expect(await teamDataVersion(bo.db)).toBe(pulled);

    // Another rep's move reaches this browser in a pull.
    await moveLead(ana.db, lead.id, { stage: 'interest' }, T0 + 1000);
    await ana.sync();
    await bo.sync();
    const moved = await teamDataVersion(bo.db);
    expect(moved).not.toBe(pulled);

    // This rep's own lead, and their settings.
    await addLead(bo.db, { kind: 'person', name: 'Bea', source: 'manual' }, T0 + 2000);
    const own = await teamDataVersion(bo.db);
    expect(own).not.toBe(moved);
    await saveSettings(bo.db, { ...(await loadSettings(bo.db)), reviewCadenceDays: 14 });
    expect(await teamDataVersion(bo.db)).not.toBe(own);
  });

  it('gives the saved view back only under its key and while it is recent', async () => {
    const { db } = await DexieTestStore.open('cache');
    expect(await readSavedTeamView(db, 'k', T0)).toBeNull();
    await saveTeamView(db, 'k', T0, { since: 1 });
    expect(await readSavedTeamView(db, 'k', T0 + 1000)).toEqual({ since: 1 });
    expect(await readSavedTeamView(db, 'other', T0 + 1000)).toBeNull();
    expect(await readSavedTeamView(db, 'k', T0 + TEAM_VIEW_MAX_AGE_MS + 1)).toBeNull();
    // A clock set back: the view may be from the future, so it is not trusted.
    expect(await readSavedTeamView(db, 'k', T0 - 1)).toBeNull();
    // Something else under the key (an older version's value) is ignored.
    await db.meta.put({ key: 'team-view-cache', value: 'junk' });
    expect(await readSavedTeamView(db, 'k', T0)).toBeNull();
  });
});
