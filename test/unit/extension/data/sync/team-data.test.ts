import { describe, expect, it } from 'vitest';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import { SETTINGS_DEFAULTS } from '../../../../../extension/data/settings/settings-read';
import { readTeamSnapshot } from '../../../../../extension/data/sync/team-data';
import { recordTeamReview } from '../../../../../extension/data/sync/team-review';
import { runReport } from '../../../../../scripts/report/run';
import { resolvePeriod } from '../../../../../shared/metrics/period';
import { reportJson } from '../../../../../shared/metrics/report-json';
import { teamFigures } from '../../../../../shared/metrics/team-figures';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../../../shared/model/backup';
import type { Lead } from '../../../../../shared/model/lead';
import type { StageEvent } from '../../../../../shared/model/stage-event';
import { syncOnce } from '../../../../../shared/sync/replicate';
import { DexieTestStore } from '../../../../support/dexie-test-store';
import { generatePipeline } from '../../../../support/generate-pipeline';
import type { TeamServer } from '../../../../support/team-server';
import { signedIn, withTeamServer } from '../../../shared/sync/team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const NOW = Date.UTC(2026, 10, 27, 12);
const ZONE = 'Europe/Madrid';

/** A rep's generated pipeline, ids made unique across the team (as each browser's random ids are). */
function pipeline(owner: string, seed: number, leads: number) {
  const g = generatePipeline({ leads, seed, now: NOW, spanDays: 200 });
  const id = (x: string) => `${owner}-${x}`;
  return {
    leads: g.leads.map((l): Lead => ({ ...l, id: id(l.id) })),
    events: g.stageEvents.map((e): StageEvent => ({ ...e, leadId: id(e.leadId) })),
  };
}

async function browser(name: string) {
  const { client } = await signedIn(server, name);
  const store = await DexieTestStore.open(name);
  return { store, sync: () => syncOnce({ client, store, replicaId: `${name}-laptop` }) };
}

describe('the Team screen from synced documents', { timeout: 120_000 }, () => {
  it('gives the figures `npm run report` gives over the same reps’ backups', async () => {
    const data = { ana: pipeline('ana', 7, 120), bo: pipeline('bo', 11, 90) };
    const [ana, bo, lia] = await Promise.all([browser('ana'), browser('bo'), browser('lia')]);
    for (const [rep, d] of [
      [ana, data.ana],
      [bo, data.bo],
    ] as const) {
      const db = rep.store.db;
      const rows = d.leads.map((l) =>
        rowOf(
          l,
          d.events.filter((e) => e.leadId === l.id),
        ),
      );
      await db.transaction('rw', db.leads, db.meta, () => db.leads.bulkPut(rows));
      await rep.sync();
    }
    await lia.sync();

    const snapshot = await readTeamSnapshot(lia.store.db);
    if (!snapshot) throw new Error('sync is on: a snapshot was expected');
    expect(snapshot.reps.map((r) => [r.owner, r.leads.length])).toEqual([
      ['ana', 120],
      ['bo', 90],
    ]);
    expect(snapshot.reps.every((r) => typeof r.syncedAt === 'number')).toBe(true);
    const period = resolvePeriod('last-90', NOW, ZONE);
    const screen = teamFigures({
      reps: snapshot.reps,
      settings: snapshot.settings,
      period,
      now: NOW,
      zone: ZONE,
    });

    const files = new Map(
      Object.entries(data).map(([owner, d]) => [
        `${owner}.json`,
        new TextEncoder().encode(
          JSON.stringify({
            format: BACKUP_FORMAT,
            version: BACKUP_VERSION,
            exportedAt: new Date(NOW).toISOString(),
            owner,
            leads: d.leads,
            stageEvents: d.events,
            reviews: [],
            settings: SETTINGS_DEFAULTS,
          }),
        ),
      ]),
    );
    let out = '';
    const code = runReport(
      ['ana.json', 'bo.json', '--json', '--tz', ZONE, '--now', new Date(NOW).toISOString()],
      {
        readFile: (p) => files.get(p) as Uint8Array,
        stdout: (t) => {
          out += t;
        },
        stderr: (t) => {
          throw new Error(t);
        },
        now: () => NOW,
      },
    );
    expect(code).toBe(0);
    const cli = JSON.parse(out);
    const fromScreen = JSON.parse(
      JSON.stringify(
        reportJson({
          report: screen.combined.report,
          problems: screen.combined.problems,
          files: [],
          reps: screen.reps.map((r) => ({ ...r, syncedAt: null })),
        }),
      ),
    );
    expect(fromScreen.metrics).toEqual(cli.metrics);
    expect(fromScreen.problems).toEqual(cli.problems);
    expect(fromScreen.reps).toEqual(cli.reps);
    // Not a vacuous comparison: there is something to compare.
    expect(cli.metrics.leadsBySource.total).toBeGreaterThan(0);
    expect(cli.problems.total).toBeGreaterThan(0);
  });

  it('carries a team review the lead records to every rep; a rep cannot record one', async () => {
    const [ana, lia] = await Promise.all([browser('ana'), browser('lia')]);
    const at = NOW + 5_000;
    await recordTeamReview(
      lia.store.db,
      { note: 'Call every stalled deal this week', figures: {}, reps: {} },
      at,
    );
    await lia.sync();
    await ana.sync();
    const seen = await readTeamSnapshot(ana.store.db);
    expect(seen?.lastReview).toMatchObject({ at, note: 'Call every stalled deal this week', owner: 'lia' });

    await recordTeamReview(ana.store.db, { note: 'mine', figures: {}, reps: {} }, at + 1);
    await expect(ana.sync()).rejects.toMatchObject({ kind: 'forbidden' });
    // Refused on the server, still the lead's review for everyone else.
    await lia.sync();
    expect((await readTeamSnapshot(lia.store.db))?.lastReview?.note).toBe(
      'Call every stalled deal this week',
    );
  });

  it('refuses a note that is too long and stores nothing', async () => {
    const lia = await browser('lia');
    await expect(
      recordTeamReview(lia.store.db, { note: 'x'.repeat(1001), figures: {}, reps: {} }, NOW),
    ).rejects.toThrow();
    expect(await lia.store.db.teamDocs.where('type').equals('team-review').count()).toBe(0);
  });
});
