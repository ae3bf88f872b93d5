import { describe, expect, it } from 'vitest';
import { figuresOfTeamDb, readTeamDb } from '../../../playbook-site/client/team-review/read-team-db';
import { resolvePeriod } from '../../../shared/metrics/period';
import { analyseTeam } from '../../../shared/metrics/team';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../shared/model/backup';
import { SettingsSchema } from '../../../shared/model/settings';
import { syncOnce } from '../../../shared/sync/replicate';
import type { LeadDoc } from '../../../shared/sync/team-docs';
import { cookieFetch } from '../../support/cookie-fetch';
import { generatePipeline } from '../../support/generate-pipeline';
import { MemoryStore } from '../../support/memory-store';
import type { TeamServer } from '../../support/team-server';
import { password, signedIn, TEAM, withTeamServer } from '../shared/sync/team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const NOW = Date.UTC(2026, 10, 27, 12);

describe('the playbook’s team review from the team database', { timeout: 120_000 }, () => {
  it('gives the same figures as the same reps’ backup files', async () => {
    const backups: Backup[] = [];
    for (const [i, owner] of ['ana', 'bo'].entries()) {
      const g = generatePipeline({ leads: 80, seed: 3 + i, now: NOW, spanDays: 150 });
      const leads = g.leads.map((l) => ({ ...l, id: `${owner}-${l.id}` }));
      const events = g.stageEvents.map(({ id: _id, ...e }) => ({ ...e, leadId: `${owner}-${e.leadId}` }));
      const store = new MemoryStore();
      for (const lead of leads) {
        const doc: LeadDoc = {
          _id: `lead:${lead.id}`,
          type: 'lead',
          owner,
          lead,
          events: events.filter((e) => e.leadId === lead.id),
          clock: {},
        };
        store.edit(doc);
      }
      const { client } = await signedIn(server, owner);
      await syncOnce({ client, store, replicaId: `${owner}-1` });
      backups.push({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date(NOW).toISOString(),
        owner,
        leads,
        stageEvents: events,
        reviews: [],
        settings: SettingsSchema.parse({}),
      });
    }

    const jar = cookieFetch();
    const db = await readTeamDb(
      { server: server.url, database: TEAM.database, name: 'lia', password: password('lia') },
      jar.fetch,
    );
    expect(db.reps.map((r) => [r.owner, r.leads.length])).toEqual([
      ['ana', 80],
      ['bo', 80],
    ]);
    const period = resolvePeriod('this-year', NOW, 'UTC');
    const fromDb = figuresOfTeamDb(db, period, NOW);
    const fromFiles = analyseTeam(
      backups.map((b) => ({ owner: b.owner as string, backup: b })),
      period,
      NOW,
    ).figures;
    expect(fromDb.combined.report).toEqual(fromFiles.combined.report);
    expect(fromDb.combined.problems).toEqual(fromFiles.combined.problems);
    expect(fromDb.reps.map((r) => r.report)).toEqual(fromFiles.reps.map((r) => r.report));
    expect(fromDb.combined.report.leadsBySource.total).toBeGreaterThan(0);
  });

  it('says when the sign-in is refused, and reads nothing', async () => {
    await expect(
      readTeamDb(
        { server: server.url, database: TEAM.database, name: 'lia', password: 'wrong' },
        cookieFetch().fetch,
      ),
    ).rejects.toThrow(/wrong name or password/);
  });
});
